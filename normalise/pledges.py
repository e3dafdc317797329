"""Plans that give each action its own numbered heading ('Commitment 4') or bold numbered title.

    Open data: radically opening up government data            <- a larger heading: the area
    Commitment 1                                                <- the action's heading
    The UK government will continue to develop and list an      <- the action: the paragraph under it
    inventory of all the datasets it owns …
    Supporting civil society organisations                      <- a label line: the walker's
    OpenCorporates, Open Knowledge Foundation
    Timescales                                                  <- a label naming milestones
    The key milestones for the delivery of this commitment are:
    • departments to provide release dates … by December 2013   <- its milestones

National action plans, inspection responses and strategies often set out each commitment or
recommendation so, with no table. The evidence is the run of headings: three or more headings that
are a word naming one action ('Commitment', 'Action', 'Recommendation': vocab.PLEDGE_HEADING_WORDS)
and a number alone, numbered in order, in a document that calls itself a plan or a strategy (a
report's 'Recommendation 1' … are its findings). Under each, the paragraph (and its continuation lines, and
the items of a list it opens with a colon) is the action; the bulleted items after a short label
naming milestones ('Timescales', 'Key milestones', 'Next steps') are its milestones. The area is the
nearest heading set larger than the action headings. Anything else under the heading (supporters,
case studies, quotes) stays the walker's, so nothing is lost.

The second shape numbers its actions' titles instead, in bold or as headings, and restarts under
each theme:

    Open Government to Increase Public Integrity                <- a heading: the area
    1. Promote Public Participation in Government               <- a bold numbered title: the action
    The Administration is committed to … (paragraphs)           <- its description: kept aside
    2. Modernize Management of Government Records

The evidence: three or more titles numbered in order (1, 2, 3 … under each heading), most of them
opening with a verb of action, each over prose of its own (a title over only list items, or over
nothing, is a theme's heading whose items the list readers weigh), and half of them or more not over
actions of their own ('We will:' lists, 'Action:' lines, items naming a lead: titles over those are
themes). The prose under a title is the
action's description, kept aside with it; the document must call itself a plan or a strategy.

Two shapes give no number at all, and are read with less confidence (the warning says so):
a '… the Federal Government will:' list whose items each open with a title in bold, or in headline
case where the source gives no weights, over their description (read_run_in); and unnumbered bold
titles or headings opening with a verb, over prose (read_bold_titles: the largest type that sets a
run of them; smaller bold titles inside are sub-initiatives, detail). Both keep the descriptions
aside and need the document to call itself a plan (a guide's bold lead-ins are no actions).

A document whose tables hold the actions (a column headed 'Commitment', or 'Commitment 3' in a
cell) is the table reader's.
"""
from __future__ import annotations

import re

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.columns import opens_with_verb
from planx.normalise.lists import ListAction, ListReading
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import (
    ACTION_PART_LABELS,
    PLAN_DOCUMENT_WORDS,
    PLEDGE_HEADING_WORDS,
    PLEDGE_MILESTONE_WORDS,
    RESPONSE_LABEL_WORDS,
    ROADMAP_STAGE_WORDS,
)

_MIN_HEADINGS = 3  # fewer numbered action headings are no run
_TITLE_WORDS = 20  # a numbered title is at most this long
_VERB_SHARE = 0.6  # the share of numbered titles that must open with a verb of action
_CARDED_CONFIDENCE = 0.8  # unnumbered titles most of which stand over a lead's, timescale's or status's line
_PROSE_WORDS = 12  # a paragraph of this many words or more, not a list item, is prose
_TITLE_LINES = 6  # the lines a document's title may take at its start
_TITLE = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$", re.S)
_LABEL_WORDS = 6  # a label line under an action is at most this long, with no closing stop
_HEADING = re.compile(r"^\s*([A-Za-z]+)\s+(\d{1,3}[a-z]?)\s*[.:]?\s*$")
_HEADING_START = re.compile(r"^\s*([A-Za-z]+)\s+\d{1,3}[a-z]?\b")
_BULLET = re.compile(r"^\s*[•·▪●◦○■►➢›❯\uf0b7\uf0a7\-–*]\s+")  # (a Markdown item opens with "* ")


def pledge_heading(block: object) -> tuple[str, str] | None:
    """(word, number) of a heading line that is a word naming one action and a number alone
    ('Commitment 12'), or None."""
    if not isinstance(block, Paragraph):
        return None
    m = _HEADING.match(block.text)
    if m is None or fold(m.group(1)) not in PLEDGE_HEADING_WORDS:
        return None
    return fold(m.group(1)), m.group(2)


def _holds_actions(text: str) -> bool:
    """A table cell that heads a column of actions ('Commitment', 'Actions') or starts one
    ('Commitment 3 …'): that table is the plan's, and the table reader's."""
    words = fold(text).split()
    if len(words) == 1 and words[0].rstrip("s") in PLEDGE_HEADING_WORDS:
        return True
    m = _HEADING_START.match(text)
    return m is not None and fold(m.group(1)) in PLEDGE_HEADING_WORDS


def _label(p: Paragraph) -> bool:
    """A short label line ('Timescales', 'Supporting civil society organisations'): no list item,
    no sentence."""
    text = p.text.strip()
    return 0 < len(text.split()) <= _LABEL_WORDS and not _BULLET.match(text) \
        and not text.endswith((".", ";", ",", ":"))


def _continues(before: str, p: Paragraph) -> bool:
    """A paragraph that goes on with the sentence before it (a PDF line set apart from its
    paragraph): the text before ends with no stop, or this one starts in lower case."""
    text = p.text.strip()
    return bool(text) and not _BULLET.match(text) and (text[0].islower() or not before.rstrip().endswith(
        (".", "!", "?", ":")))


def _in_order(numbers: list[str]) -> bool:
    """The headings' numbers rise (1, 2, 4 …: a heading the source ran into other text is missed),
    letters aside."""
    values = [int(re.match(r"\d+", n).group(0)) for n in numbers]  # type: ignore[union-attr]
    return all(b > a for a, b in zip(values, values[1:], strict=False))


def read_pledges(raw: RawDocument) -> ListReading | None:
    """The actions of a document that heads each with 'Commitment N' (or 'Action N' …), or None."""
    blocks = raw.blocks
    if any(_holds_actions(c.text) for b in blocks if isinstance(b, Table) for r in b.rows for c in r.cells):
        return None  # a table holds the actions ('Commitment' heading a column, 'Commitment 3' in a cell)
    found = [(i, h) for i, h in ((i, pledge_heading(b)) for i, b in enumerate(blocks)) if h is not None]
    words = {w for _, (w, _) in found}
    if len(found) < _MIN_HEADINGS or len(words) != 1 or not _in_order([n for _, (_, n) in found]):
        return None
    starts = [i for i, _ in found]
    spans = list(zip(starts, [*starts[1:], len(blocks)], strict=True))
    # 'Recommendation 1' … 'Response: The Government accepts this recommendation …' under most: the
    # document answers each recommendation, as a plan takes up its actions (a response need not call
    # itself a plan)
    answers = [next((j for j in range(a + 1, z) if _response_label(blocks[j])), 0) for a, z in spans]
    answered = sum(bool(j) for j in answers) * 2 > len(spans)
    if not answered and not _calls_itself_plan(raw):
        return None  # a report's 'Recommendation 1 … 3' are its findings, not a plan's actions
    if sum(any(isinstance(b, Table) and len(b.rows) >= 2 for b in blocks[a:z]) for a, z in spans) * 2 >= len(spans):
        return None  # a table under most headings holds each action's fields: the table reader's
    size = max((b.size for b in (blocks[i] for i in starts) if isinstance(b, Paragraph)), default=0.0)
    area_size = _area_size(raw, size)
    actions: list[ListAction] = []
    read: set[int] = set()
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        if answered:
            action = _answered(raw, start, answers[k], read)
        else:
            action = _one(raw, start, end, size, area_size, read)
        if action is not None:
            actions.append(action)
    if len(actions) < _MIN_HEADINGS:
        return None
    if answered:
        why = (f"{len(actions)} recommendations read as actions from numbered headings "
               f"('{found[0][1][0].title()} N'), each answered under a 'Response' label (the answer kept aside)")
        # the answers, not the wording ('The Taskforce recommends …'), make them things to be done
        return ListReading(actions, read, 0.8, why, trusted=True,
                           trusted_by="recommendations each answered under a 'Response' label")
    dated = sum(1 for a in actions if "milestones" in a.fields)
    why = (f"{len(actions)} actions read from numbered headings ('{found[0][1][0].title()} N') over a "
           f"paragraph each; {dated} with milestones listed under a label such as 'Timescales'")
    return ListReading(actions, read, 0.8, why)


def _response_label(block: object) -> bool:
    """A short line or heading that opens the answer to the recommendation above it ('Response:',
    'Government response', 'Management response')."""
    if not isinstance(block, Paragraph) or _BULLET.match(block.text):
        return False
    words = fold(block.text).strip(" :.").split()
    return 1 <= len(words) <= 3 and words[-1].strip(":") in RESPONSE_LABEL_WORDS


def _answered(raw: RawDocument, start: int, answer: int, read: set[int]) -> ListAction | None:
    """A recommendation answered under a 'Response' label: all its text from its heading to the label
    (its paragraphs, and the items of a list it opens: '… will:' / 'encourage competition; …'), the
    action; the answer after the label is the walker's (kept aside). None when it has no answer or
    no text."""
    blocks = raw.blocks
    head = blocks[start]
    assert isinstance(head, Paragraph)
    if not answer:
        return None
    text, used, item = "", [start], False
    for i in range(start + 1, answer):
        b = blocks[i]
        if not isinstance(b, Paragraph) or b.heading or not b.text.strip():
            continue
        bullet = _BULLET.match(b.text)
        part = squash(_BULLET.sub("", b.text))
        text += ("; " if bullet and item else " ") + part if text else part
        item = bool(bullet)
        used.append(i)
    if not text:
        return None
    read.update(used)  # the label itself stays the walker's, kept aside with the answer
    # the area: the nearest heading above set larger (by rank, where the source gives one), not a
    # sibling section such as the 'Ministerial statement' before the first recommendation
    above = next((b for b in reversed(blocks[:start]) if isinstance(b, Paragraph) and b.heading
                  and pledge_heading(b) is None), None)
    larger = above is not None and (not head.rank or 0 < above.rank < head.rank)
    context = {"area": _area(raw, start, 0.0)} if larger and above is not raw.blocks[0] else {}
    return ListAction({"action": text, "ref": _number(head.text)}, {k: v for k, v in context.items() if v},
                      start, head.page, head.line, [])


def _title(block: object) -> tuple[int, str] | None:
    """(number, title) of a short numbered line set in bold or as a heading ('1. Promote Public
    Participation in Government'), or None."""
    if not isinstance(block, Paragraph) or not (block.bold or block.heading):
        return None
    m = _TITLE.match(block.text)
    if m is None or words_over(m.group(2), _TITLE_WORDS):
        return None
    return int(m.group(1)), squash(m.group(2))


def _part_label(p: object) -> bool:
    """A short label in bold over a part of one action ('Goal', 'Work', 'Done means'): a title over
    such parts describes one piece of work, as a title over prose does (vocab.ACTION_PART_LABELS)."""
    return isinstance(p, Paragraph) and (p.bold or p.heading) and not words_over(p.text, 4) \
        and fold(p.text).strip(" :") in ACTION_PART_LABELS


# 'Phase 1 — Stabilise the build', 'Stage 2: Pilot': a stage word, its number, its title
_STAGE_LINE = re.compile(r"^\s*(?P<word>[A-Za-z]+)\s+(?P<ref>\d{1,2}[a-z]?)\s*[—–:\-]\s*(?P<title>\S.{2,120})$")


def _stage_above(raw: RawDocument, start: int) -> dict[str, str]:
    """The area of a title under a bold stage line set as no heading ('Phase 1 — Stabilise the
    build' over '1. Fix the invitation flow'): {'area_ref': '1', 'area': 'Stabilise the build'};
    {} when none stands above it before a heading."""
    for k in range(start - 1, -1, -1):
        b = raw.blocks[k]
        if not isinstance(b, Paragraph) or b.heading:
            return {}
        m = _STAGE_LINE.match(b.text) if b.bold and _title(b) is None else None
        if m and fold(m.group("word")) in ROADMAP_STAGE_WORDS:
            return {"area_ref": m.group("ref"), "area": squash(m.group("title"))}
    return {}


def _prose(p: object) -> bool:
    return isinstance(p, Paragraph) and not p.heading and not p.bold and not _BULLET.match(p.text) \
        and not _TITLE.match(p.text) and len(p.text.split()) >= _PROSE_WORDS


def _calls_itself_plan(raw: RawDocument) -> bool:
    """The document's title, its first lines before the first heading after them (a cover page
    sets the title over several lines), or its file name calls it a plan or a strategy."""
    lines: list[str] = []
    for b in raw.blocks[:_TITLE_LINES]:
        if not isinstance(b, Paragraph) or lines and b.heading:
            break
        lines.append(b.text)
    words = set(fold(" ".join([*lines, re.sub(r"[_\-.]", " ", raw.name or "")])).split())
    return bool(PLAN_DOCUMENT_WORDS & words)


_ACTION_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?actions?\s*(?:\d{1,3}(?:\.\d{1,2})?)?\s*[:\-–—]\s*\S", re.I)


def _sets_actions(p: object) -> bool:
    """A line under a title that sets out actions of its own: a cue over a list ('We will:'), an
    'Action:' line, or an item that names who leads ('… (Lead: Head of SEND, by June 2026)')."""
    from planx.normalise.commitments import _is_cue
    from planx.normalise.lists import read_labels
    if not isinstance(p, Paragraph):
        return False
    text = p.text.strip()
    if _ACTION_LABEL.match(text) or text.endswith(":") and _is_cue(text) and commits(text):
        return True
    return bool(_BULLET.match(text)) and bool({"lead", "responsible"} & set(read_labels(text)[1]))


def commits(text: str) -> bool:
    """'We will:', 'The council will:': a cue that promises what follows (not 'priorities include:')."""
    from planx.normalise.columns import commits_to
    return commits_to(fold(text).split(), within=8)


def read_titles(raw: RawDocument) -> ListReading | None:
    """The actions of a document that titles each with a bold numbered line over its description
    ('1. Promote Public Participation in Government'), or None."""
    blocks = raw.blocks
    titles: list[tuple[int, int, str]] = []  # (block, number, title)
    expected: set[int] = {1}
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and b.heading and _title(b) is None:
            expected = {1}  # a theme's heading: its titles are numbered from 1
            continue
        t = _title(b)
        if t is None:
            continue
        if t[0] not in expected:
            return None  # numbers out of order: a numbered list of another kind
        titles.append((i, *t))
        expected = {t[0] + 1, 1}
    if len(titles) < _MIN_HEADINGS or sum(opens_with_verb(t) for _, _, t in titles) < _VERB_SHARE * len(titles):
        return None
    if not _calls_itself_plan(raw):
        return None
    starts = [i for i, _, _ in titles]
    ends = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        stop = next((j for j in range(start + 1, end) if isinstance(blocks[j], Paragraph)
                     and blocks[j].heading and _title(blocks[j]) is None), end)  # type: ignore[union-attr]
        ends.append(stop)
    spans = list(zip(starts, ends, strict=True))
    if sum(any(_prose(blocks[j]) or _part_label(blocks[j]) for j in range(a + 1, z))
           for a, z in spans) < _VERB_SHARE * len(starts):
        return None  # titles over lists or nothing: themes, whose items the list readers weigh
    if sum(any(_sets_actions(blocks[j]) for j in range(a + 1, z)) for a, z in spans) * 2 >= len(starts):
        return None  # titles over their own actions ('We will:' lists, 'Action:' lines): themes
    actions: list[ListAction] = []
    read: set[int] = set()
    aside: set[int] = set()
    for (start, number, title), end in zip(titles, ends, strict=True):
        head = blocks[start]
        assert isinstance(head, Paragraph)
        context = {"area": _area(raw, start, 0.0)} if _area(raw, start, 0.0) else _stage_above(raw, start)
        actions.append(ListAction({"action": title, "ref": str(number)}, {k: v for k, v in context.items() if v},
                                  start, head.page, head.line, []))
        read.add(start)
        aside.update(j for j in range(start + 1, end) if isinstance(blocks[j], Paragraph))
    why = (f"{len(actions)} actions read from bold numbered titles, each over its description (kept aside), "
           f"numbered in order under their headings")
    return ListReading(actions, read | aside, 0.75, why, aside=aside)


def _area_size(raw: RawDocument, size: float) -> float:
    """The font size of the area headings: the largest size, above the action headings', that
    heads two or more parts of the document (the title is set larger once; a case study's or a
    quote's heading is set smaller than the areas'). 0 when the source gives no sizes."""
    if not size:
        return 0.0
    counts: dict[float, int] = {}
    for b in raw.blocks:
        if isinstance(b, Paragraph) and b.heading and b.size > size and pledge_heading(b) is None:
            counts[round(b.size)] = counts.get(round(b.size), 0) + 1
    return max((s for s, n in counts.items() if n >= 2), default=0.0)


def _area(raw: RawDocument, start: int, area_size: float) -> str:
    """The nearest heading before the action at the area headings' size (with the lines of it the
    source set apart), or the nearest heading that is no action heading when sizes are unknown."""
    blocks = raw.blocks
    for k in range(start - 1, -1, -1):
        b = blocks[k]
        if not isinstance(b, Paragraph) or not b.heading or pledge_heading(b) is not None:
            continue
        if area_size and round(b.size) != area_size:
            continue
        lines = [b.text]
        j = k - 1
        while area_size and j >= 0:
            above = blocks[j]
            if not isinstance(above, Paragraph) or not above.heading or round(above.size) != area_size:
                break
            lines.insert(0, above.text)
            j -= 1
        return squash(" ".join(lines))
    return ""


def _one(raw: RawDocument, start: int, end: int, size: float, area_size: float,
         read: set[int]) -> ListAction | None:
    """One action: the heading at start, its paragraph, and its milestones, up to end (the next
    action heading) or the first heading set as large as the action headings or larger."""
    blocks = raw.blocks
    head = blocks[start]
    assert isinstance(head, Paragraph)
    i = start + 1
    parts: list[str] = []
    used = [start]
    while i < end:  # the action's paragraph and its continuation lines
        b = blocks[i]
        if not isinstance(b, Paragraph) or b.heading and b.size >= size > 0:
            break
        text = b.text.strip()
        if not text:
            i += 1
            continue
        if parts and _BULLET.match(parts[-1]) and not _BULLET.match(text) and not text[0].islower():
            break  # after the items of its list, a new line: the label or text after the action
        if parts and not _continues(parts[-1], b):
            if parts[-1].rstrip().endswith(":") and _BULLET.match(text) or \
                    _BULLET.match(text) and _BULLET.match(parts[-1]):
                pass  # the items of a list the paragraph opens ('The UK government will:')
            else:
                break
        if not parts and (_label(b) or _BULLET.match(text)):
            break
        parts.append(text)
        used.append(i)
        i += 1
    if not parts:
        return None
    fields = {"action": squash(" ".join(_BULLET.sub("", p) for p in parts)), "ref": _number(head.text)}
    milestones: list[str] = []
    opened = False  # under a label naming milestones
    while i < end:
        b = blocks[i]
        if not isinstance(b, Paragraph) or b.heading and b.size >= size > 0:
            break
        text = b.text.strip()
        if _label(b):
            opened = bool(PLEDGE_MILESTONE_WORDS & set(fold(text).split()))
            if opened:
                used.append(i)
        elif opened and _BULLET.match(text):
            milestones.append("• " + squash(_BULLET.sub("", text)))
            used.append(i)
        elif opened and text.endswith(":") and not milestones:
            used.append(i)  # 'The key milestones for this commitment are:'
        elif opened and milestones and not _BULLET.match(text) and _continues(milestones[-1], b):
            milestones[-1] += " " + squash(text)  # a milestone's line set apart
            used.append(i)
        else:
            opened = opened and not milestones
        i += 1
    if milestones:
        fields["milestones"] = "\n".join(milestones)
    read.update(used)
    context = {"area": _area(raw, start, area_size)}
    return ListAction(fields, {k: v for k, v in context.items() if v}, start, head.page, head.line, [])


def _number(text: str) -> str:
    m = _HEADING.match(text)
    return m.group(2) if m else ""


_OUTLINE_NUMBER = re.compile(r"^\s*(?:\(?[A-Za-z]?\d+(?:\.\d+)*[.):]?|\(?[a-z]\)|[A-Za-z]\d*[.)])\s")


def _plain_title(block: object) -> bool:
    """A short line set in bold or as a heading, with no number, that opens with a verb of action
    and ends with no stop ('Support Open Contracting'): an unnumbered action title."""
    if not isinstance(block, Paragraph) or not (block.bold or block.heading) or _TITLE.match(block.text) \
            or _OUTLINE_NUMBER.match(block.text):
        return False  # numbered ('1.', '1.1', '(a)'): the numbered readers' and the outline's
    text = block.text.strip()
    return 2 <= len(text.split()) <= _TITLE_WORDS and not text.endswith((".", ":", ";", ",", "?")) \
        and pledge_heading(block) is None and opens_with_verb(text)


def _cover_calls_itself_plan(raw: RawDocument) -> bool:
    """As _calls_itself_plan, or the first page is a cover (a few lines alone on it) that names a
    plan ('… as part of the Third Open Government National Action Plan')."""
    if _calls_itself_plan(raw):
        return True
    first = [b for b in raw.blocks if isinstance(b, Paragraph) and b.page == raw.blocks[0].page] \
        if raw.blocks and isinstance(raw.blocks[0], Paragraph) else []
    if not first or len(first) > _TITLE_LINES:
        return False
    return bool(PLAN_DOCUMENT_WORDS & set(fold(" ".join(b.text for b in first)).split()))


def read_bold_titles(raw: RawDocument) -> ListReading | None:
    """The actions of a plan that titles each with an unnumbered bold line or heading over prose
    ('Support Open Contracting' over its paragraphs), or None.

    The titles are the largest type that sets three or more such lines, most of the bold lines
    and headings at that size being ones (a report's headings do not open with verbs). Each
    title's span runs to the next line set as large or larger; smaller bold titles in it
    (sub-initiatives) and its prose are its description, kept aside. Most titles must be over
    prose, fewer than half over their own actions ('We will:' lists: themes), and the document
    must call itself a plan."""
    blocks = raw.blocks
    if any(isinstance(b, Paragraph) and _TITLE.match(b.text) and (b.bold or b.heading) for b in blocks):
        return None  # numbered titles: read_titles' shape
    sizes: dict[float, list[int]] = {}
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and (b.bold or b.heading) and b.text.strip():
            sizes.setdefault(_weight(b), []).append(i)
    chosen: list[int] = []
    level = 0.0
    for size in sorted(sizes, reverse=True):
        verbs = [i for i in sizes[size] if _plain_title(blocks[i])]
        if len(verbs) >= _MIN_HEADINGS and len(verbs) >= _VERB_SHARE * len(sizes[size]):
            # the run of titles at this size from the first one: a title whose verb the
            # vocabulary misses ('Harness …') is one of them too, when short and with no stop
            chosen = [i for i in sizes[size] if i >= verbs[0] and len(blocks[i].text.split()) <= _TITLE_WORDS  # type: ignore[union-attr]
                      and not blocks[i].text.strip().endswith((".", ":", ";"))]  # type: ignore[union-attr]
            level = size
            break
    if not chosen or not _cover_calls_itself_plan(raw):
        return None
    ends = []
    for start in chosen:
        end = next((j for j in range(start + 1, len(blocks)) if isinstance(blocks[j], Paragraph)
                    and (blocks[j].bold or blocks[j].heading)  # type: ignore[union-attr]
                    and _weight(blocks[j]) >= level), len(blocks))  # type: ignore[arg-type]
        ends.append(end)
    spans = list(zip(chosen, ends, strict=True))
    prose = [j for a, z in spans for j in range(a + 1, z) if _prose(blocks[j])]
    # a card: a title over lines labelling its status, owner or due date ('**Status:** Done'), with a
    # sentence or none: the labels say it is an action as prose would
    carded = [bool(_labelled_lines(blocks, a + 1, z)) for a, z in spans]
    if sum(any(_prose(blocks[j]) for j in range(a + 1, z)) or card
           for (a, z), card in zip(spans, carded, strict=True)) < _VERB_SHARE * len(spans):
        return None  # titles over lists or nothing: themes, whose items the list readers weigh
    if sum(any(_sets_actions(blocks[j]) for j in range(a + 1, z)) for a, z in spans) * 2 >= len(spans):
        return None  # titles over their own actions ('We will:' lists): themes
    if sum(any(isinstance(blocks[j], Paragraph) and _BULLET.match(blocks[j].text)  # type: ignore[union-attr]
               for j in range(a + 1, z)) for a, z in spans) * 2 >= len(spans):
        return None  # most titles over list items: themes over their items, the list readers' to weigh
    if not prose and not any(carded):
        return None
    actions: list[ListAction] = []
    read: set[int] = set()
    aside: set[int] = set()
    for start, end in spans:
        head = blocks[start]
        assert isinstance(head, Paragraph)
        area = ""
        for k in range(start - 1, -1, -1):
            b = blocks[k]
            # the nearest heading set larger; where the source gives no sizes (Markdown), the nearest
            # heading, the titles being bold lines under it
            if not isinstance(b, Paragraph) or not b.heading or _plain_title(b):
                continue
            if _weight(b) > level or not _weight(b) and not level and not b.bold and k > 0:
                area = squash(b.text)
                break
        fields = {"action": squash(head.text)}
        labelled = _labelled_lines(blocks, start + 1, end)  # '**Status:** Done', 'Lead: Estates manager'
        for got in labelled.values():
            for name, value in got.items():
                fields.setdefault(name, value)
        actions.append(ListAction(fields, {"area": area} if area else {}, start, head.page, head.line, []))
        read.add(start)
        read.update(labelled)
        aside.update(j for j in range(start + 1, end) if isinstance(blocks[j], Paragraph) and j not in labelled)
    if sum(carded) * 2 > len(spans):
        # most titles stand over lines naming a lead, a timescale or a status (a designed plan's box
        # per action): the labels confirm the titles as actions as a run of numbers would
        why = (f"{len(actions)} actions read from unnumbered titles in bold or as headings, opening with a verb, "
               f"{sum(carded)} of them over lines labelling a lead, timescale or status")
        return ListReading(actions, read | aside, _CARDED_CONFIDENCE, why, aside=aside)
    why = (f"{len(actions)} actions read from unnumbered titles in bold or as headings, opening with a verb, "
           f"each over its description (kept aside); no numbers confirm them, so read with less confidence")
    return ListReading(actions, read | aside, 0.6, why, aside=aside)


def _weight(b: Paragraph) -> float:
    """How large a line is set: its type size, or, where the source gives no sizes (a web page, Markdown),
    its heading's rank as a size would order it (<h1> largest: 7 - rank; a bold line or <summary>: 0)."""
    if b.size:
        return round(b.size)
    return 7 - b.rank if b.heading and b.rank else 0


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)’'”\]])[.!?](?=\s+[“\"‘']?[A-Z0-9])")
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with under among across through "
                         "including its their our".split())
_CUE_WORDS = 4  # a cue's modal or 'commits' is among its last words ('…, the Federal Government will:')


_CARD_EVIDENCE = frozenset({"lead", "responsible", "due", "status", "rag"})  # what makes a title's lines a card
_CARD_FIELDS = _CARD_EVIDENCE | {"measure", "outcome", "progress"}  # the fields a card's lines may give


def _labelled_lines(blocks: list, start: int, end: int) -> dict[int, dict[str, str]]:
    """{block: fields} of the lines under a title that label its owner, due date or status ('Status:
    Done', 'Lead: Estates manager', '*Planned for Q1 2024*'), a card's fields (normalise/headplans.py)."""
    from planx.normalise.headplans import label_line
    out: dict[int, dict[str, str]] = {}
    for j in range(start, end):
        b = blocks[j]
        if isinstance(b, Paragraph) and not b.heading:
            got = label_line(b.text)
            if got and set(got) <= _CARD_FIELDS:
                out[j] = got
    # a line labelling how success is judged ('Measuring success: …') is the card's field only
    # beside one saying who, when or how it stands: alone it is a description's part, no card
    return out if any(set(got) & _CARD_EVIDENCE for got in out.values()) else {}


def _promises_list(text: str) -> bool:
    """A line that ends by promising the list below it: '… the Federal Government will:', 'We will:',
    '… commits to the following …:'."""
    text = text.strip()
    if not text.endswith(":"):
        return False
    from planx.normalise.vocab import COMMITMENT_MODALS
    words = fold(text).split()
    return bool((COMMITMENT_MODALS | {"commits", "commit", "pledges"}) & set(words[-_CUE_WORDS:])) \
        or commits(text)


def _headline(sentence: str) -> bool:
    """A sentence in headline case: its words capitalised but for the short ones ('Expand the
    Federal Government's Production, Dissemination, and Use of Equitable Data')."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z’'\-]*", sentence)]
    long = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def run_in_title(p: Paragraph) -> str:
    """The title a list item opens with, before its description: its bold opening words when the
    source says ('**Expand online access.** The National Archives …'), else an opening sentence in
    headline case; '' when the item opens with none, or has nothing after it."""
    text = _BULLET.sub("", p.text.strip())
    lead = _BULLET.sub("", p.lead_bold.strip())
    if lead and text.startswith(lead) and not words_over(lead, _TITLE_WORDS) and len(text) > len(lead) + 20:
        return lead.rstrip(" .:–—-")
    m = _SENTENCE_END.search(text)
    if m is None or len(text[:m.start()].split()) > _TITLE_WORDS or len(text[m.end():].split()) < _PROSE_WORDS:
        return ""
    head = text[:m.start()]
    return head if _headline(head) else ""


def read_run_in(raw: RawDocument) -> ListReading | None:
    """The actions of a plan that lists them under a promise ('… the Federal Government will:'),
    each item opening with a title in bold or in headline case over its description:

        To improve public access to Government data, the Federal Government will:
        • Expand Online Access to the National Archives. The National Archives … (prose)
          The National Archives will also … (more paragraphs of the item)

    The title is the action; the rest of the item and the paragraphs under it, up to the next item,
    heading or promise, are its description, kept aside. The evidence: three or more such items,
    most items under the promises titled so and most titles opening with a verb, in a document that
    calls itself a plan (a guide's bold lead-ins sit under no promise)."""
    blocks = raw.blocks
    items: list[tuple[int, str]] = []  # (block, title or '')
    ends: list[int] = []
    under = False
    for i, b in enumerate(blocks):
        if not isinstance(b, Paragraph):
            continue
        if b.heading or b.bold and not _BULLET.match(b.text):
            under = False
            if items and len(ends) < len(items):
                ends.append(i)
            continue
        if _promises_list(b.text):
            under = True
            if items and len(ends) < len(items):
                ends.append(i)
            continue
        if under and (_BULLET.match(b.text) or b.lead_bold and b.level):
            if items and len(ends) < len(items):
                ends.append(i)
            items.append((i, run_in_title(b)))
    if len(ends) < len(items):
        ends.append(len(blocks))
    titled = [(i, t, e) for (i, t), e in zip(items, ends, strict=True) if t]
    if len(titled) < _MIN_HEADINGS or len(titled) < _VERB_SHARE * len(items):
        return None
    if sum(opens_with_verb(t) for _, t, _ in titled) < _VERB_SHARE * len(titled) or not _calls_itself_plan(raw):
        return None
    actions: list[ListAction] = []
    aside: set[int] = set()
    for start, title, end in titled:
        head = blocks[start]
        assert isinstance(head, Paragraph)
        area = _area(raw, start, 0.0)
        actions.append(ListAction({"action": squash(title)}, {"area": area} if area else {},
                                  start, head.page, head.line, []))
        aside.update(j for j in range(start, end) if isinstance(blocks[j], Paragraph)
                     and not blocks[j].heading and not _promises_list(blocks[j].text))  # type: ignore[union-attr]
    why = (f"{len(actions)} actions read from list items under a promise ('… will:'), each opening with a "
           f"title in bold or headline case over its description (kept aside, with the item's text)")
    return ListReading(actions, aside, 0.65, why, aside=aside)


__all__ = ["pledge_heading", "read_bold_titles", "read_pledges", "read_run_in", "read_titles", "run_in_title"]
