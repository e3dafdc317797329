"""Roadmaps: plans kept as Markdown, HTML or text lists whose items name deliverables, not deeds.

    # CivicPress Roadmap
    ## 🚀 Phase 2 — Alpha Launch
    ### Planned
    - [x] ✅ `api` — REST interface for UI/app
    - [ ] `votes` module for formal decisions
    ## Summer 2017 Work Cycle (I)
    1. EPA archiving complete with an understanding of our coverage
    - M2: Intelligent context and minimization; Redis/Neo4j hybrid memory. [IN PROGRESS]

Teams keep plans in repositories and wikis as roadmaps: lists under phase, cycle, milestone or
period headings, whose items name what will be delivered ('Stable Web Monitoring in production',
'metrics module') rather than open with a verb of action, so normalise/commitments.py (which reads
lists by what their items say) rightly passes them by. A reader knows them by other evidence, and
so does this module:

- the document calls itself a roadmap or a plan (its title or file name), and not minutes, a
  report or a change log;
- the list sits under headings that name a stage of the plan ('Phase 2', 'MVP', 'Work Cycle (I)',
  'Milestone 1', 'Stretch & Long-Term', 'Q3 2025') or name its items ('Planned', 'Deliverables',
  'Goals'), and under none that names another kind of list ('Non-Goals', 'Summary', 'Ideas');
- its items carry marks of a tracked item: a task-list box ('- [x]'), a status sign ('✅', '🚧'),
  a status in brackets ('[DONE]', '(in progress)').

A document with no such name is read only when three items or more carry marks under two stage
headings or more (a README's single 'Roadmap' section of checkboxes is no plan). A list of names
only ('Questions', 'Issues') counts only under a heading that names a stage or its items.

What an item says is read as elsewhere (inline labels, dates: normalise/commitments.item_evidence);
the marks give its status ('[x]', '✅', '[DONE]' → complete; '[ ]' says nothing), and are its status_raw
as printed ('[x] ✅'; a heading's '✅ COMPLETE' or 'Planned' when the item's own marks say nothing); a
closing run of links set as code ('[`web-monitoring`](…/labels/web-monitoring)', GitHub's issue labels)
tags the item and is kept aside, not read as its words; a heading that
only names the list ('Planned', 'Modules & Features') leaves the area to the stage heading above
it; a line 'DRI: @name' or 'Lead: …' under an area heading names the lead of its items; an item's
italic second sentence ('_First version of visioning docs …_') is its intended outcome; items
nested under an item are its milestones.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from planx.extract.model import Link, Paragraph, RawDocument
from planx.normalise.codes import status_words
from planx.normalise.commitments import (
    TIMEFRAME_FIELD,
    bare,
    invites_reader,
    item_evidence,
    leading_period,
    plan_held_in_tables,
)
from planx.normalise.headers import MARK_STATUS_FIELD
from planx.normalise.horizons import read_horizon
from planx.normalise.lists import ListAction, ListReading, _Unit, unit_links
from planx.normalise.text import fold, strip_signs, words_over
from planx.normalise.vocab import (
    AREA_LEAD_HEADS,
    LIST_ACTION_HEADING_WORDS,
    LIST_HEADING_FILLERS,
    MONTHS,
    NON_PLAN_DOCUMENT_WORDS,
    ROADMAP_DOCUMENT_WORDS,
    ROADMAP_LABEL_WORDS,
    ROADMAP_NOT_PLAN_DOCUMENT_WORDS,
    ROADMAP_NOT_PLAN_HEADING_WORDS,
    ROADMAP_STAGE_WORDS,
    ROADMAP_STATUS_SIGNS,
)

_MIN_ACTIONS = 3  # fewer items are no plan
_MIN_STAGES = 2  # stage headings an unnamed document must show
_SHORT = 4  # an item of fewer words names a thing ('Questions', 'metrics module')
_HEADING_WORDS = 12  # a plain line over items longer than this is a sentence, not a heading

# '[x] …', '[ ] …', '[/] …' (a task list's box, GitHub's and Obsidian's marks)
_TASK_BOX = re.compile(r"^\[(?P<mark>[ xX✓✔/~-])\]\s*")
_BOX_STATUS = {"x": "complete", "X": "complete", "✓": "complete", "✔": "complete", "/": "in_progress",
               "-": "cancelled", "~": "cancelled", " ": ""}
# '… [DONE]', '… (in progress).', '[Planned] …': a status in brackets at either end
_TRAILING_STATUS = re.compile(r"\s*[\[(](?P<status>[A-Za-z][A-Za-z /-]{1,24})[\])]\s*\.?\s*$")
_LEADING_STATUS = re.compile(r"^\s*[\[(](?P<status>[A-Za-z][A-Za-z /-]{1,24})[\])]\s*[-–:]?\s*")
# an item's own second sentence set in italics: '… _First version of visioning docs …_'
_ITALIC_TAIL = re.compile(r"\s+_(?=\S)(?P<text>[^_]{8,}?)(?<=\S)_\s*$")
_RUN_IN = re.compile(r"(?:^|\s)(?P<label>[A-Z][\w ]{0,24}?):\s+")
_REF = re.compile(r"^(?P<ref>[A-Z]{1,3}\d{1,3}(?:\.\d+)?)(?:\s*\([^)]{1,30}\))?\s*:\s+(?=\S)")


# a section's number before its title: '2 Collaboration Plan', '2.1 Risks', '3) Methods'
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[^\W\d_])")


def _words(heading: str) -> set[str]:
    return set(fold(re.sub(r"[-_/&]", " ", strip_signs(heading))).split())


def names_stage(heading: str) -> bool:
    """'Phase 2 — Alpha Launch', 'MVP', 'Summer 2017 Work Cycle (I)', 'Q1 2025', 'Now': a stage of a plan.
    A number opening a titled heading ('2 Collaboration Plan', '2.1 Risks and Mitigations') numbers the
    section, as '1.' does; a version names a stage only on its own or marked so ('v2', 'Release 1.2')."""
    words = _words(_SECTION_NUMBER.sub("", heading))
    horizon = read_horizon(strip_signs(heading))
    return bool(words & ROADMAP_STAGE_WORDS) or horizon is not None and not horizon.topical \
        or any(re.fullmatch(r"v?\d+(\.\d+)*x?|(19|20)\d\d", w) for w in words)


def names_items(heading: str) -> bool:
    """'Planned', 'Modules & Features', 'Deliverables', 'Goals': a heading that names its list."""
    words = _words(heading) - LIST_HEADING_FILLERS
    return bool(words) and words <= ROADMAP_LABEL_WORDS | LIST_ACTION_HEADING_WORDS


def names_other(heading: str) -> bool:
    """'Non-Goals', 'Summary', 'Future Milestone Ideas', 'Dependencies': a list of another kind."""
    return bool(_words(heading) & ROADMAP_NOT_PLAN_HEADING_WORDS)


def task_box(text: str) -> tuple[str, str, str]:
    """(text without its task-list box, the status the box gives, the box as printed) for '[x] Launch
    the beta' → ('Launch the beta', 'complete', '[x]'); an empty box gives no status (it says only
    that the item is tracked)."""
    m = _TASK_BOX.match(text)
    return (text[m.end():], _BOX_STATUS[m.group("mark")], m.group(0).strip()) if m else (text, "", "")


def item_marks(text: str) -> tuple[str, bool, str]:
    """(text without its marks, marked?, status): a task box, a status sign, a status in brackets."""
    return read_marks(text)[:3]


def read_marks(text: str) -> tuple[str, bool, str, str]:
    """(text without its marks, marked?, status, the marks as printed) for '[x] ✅ `api` — REST' →
    ('api — REST', True, 'complete', '[x] ✅'): the marks as printed are the item's status_raw (the
    contract's 'as printed'), the status the contract's word for them."""
    status, marked, printed = "", False, []
    m = _TASK_BOX.match(text)
    if m:
        status, marked, text = _BOX_STATUS[m.group("mark")], True, text[m.end():]
        printed.append(m.group(0).strip())
    signs = text.lstrip()
    while signs and unicodedata.category(signs[0]) in ("So", "Sk") or signs[:1] in ("\ufe0f", "\u200d"):
        sign = signs[0]
        if sign in ROADMAP_STATUS_SIGNS:
            marked = True
            status = status or ROADMAP_STATUS_SIGNS[sign]
            printed.append(sign)
        signs = signs[1:].lstrip()
    text = signs
    for pattern in (_TRAILING_STATUS, _LEADING_STATUS):
        m = pattern.search(text)
        if m and status_words(m.group("status")):
            marked = True
            status = status or status_words(m.group("status"))[0]
            printed.append(text[m.start("status") - 1:m.end("status") + 1])  # the brackets and their word
            text = text[:m.start()] + text[m.end():]
    return strip_signs(text), marked, status, " ".join(printed)


def trailing_labels(text: str, links: list[Link]) -> tuple[str, list[str]]:
    """(text without the labels that close it, those labels) for 'EPA archiving complete archiving
    data-together' printed '… [`archiving`](…/labels/archiving) [`data-together`](…)': a run of links
    set as code at the end of an item is how GitHub and its wikis tag an item with issue labels;
    they are no words of the item. Only links set as code count, and the item keeps words of its
    own (an item that is a label alone stays as it is)."""
    rest, found = text.rstrip(), []  # type: str, list[str]
    for link in reversed([k for k in links if k.code and not k.image and k.text]):
        if not rest.endswith(link.text) or not rest[:-len(link.text)][-1:].isspace():
            break
        cut = rest[:-len(link.text)].rstrip(" ,;")
        if not cut.strip():
            break
        rest = cut
        found.insert(0, link.text)
    return (rest, found) if found else (text, [])


# a stage heading's closing status, set apart by a sign or in capitals: '… ✅ COMPLETED', '… ⏳ PENDING'
_HEADING_STATUS = re.compile(r"\s*(?P<sign>[^\w\s(),.:;&'-]*)\s*(?P<status>\b[A-Za-z][A-Za-z ]{2,20})\s*$")


_BRACKETED_STATUS = re.compile(r"\s*[(\[](?P<status>[A-Za-z][A-Za-z ]{2,20})[)\]]\s*$")


def heading_status(heading: str) -> tuple[str, str]:
    """(heading without its status, status) for 'Phase 1: Core Foundation ✅ COMPLETE' or 'User
    Management (COMPLETED)' → ('Phase 1: Core Foundation', 'complete'); (heading, '') when it closes
    with no status."""
    return read_heading_status(heading)[:2]


def read_heading_status(heading: str) -> tuple[str, str, str]:
    """heading_status, and the status as the heading prints it ('✅ COMPLETE', '(COMPLETED)'): the
    status_raw of the items under it."""
    m = _BRACKETED_STATUS.search(heading)
    if m is not None and status_words(m.group("status")):
        return strip_signs(heading[:m.start()]).rstrip(" -–—:"), status_words(m.group("status"))[0], m.group(0).strip()
    m = _HEADING_STATUS.search(heading)
    if m is None or not (m.group("sign").strip() or m.group("status").isupper()):
        return strip_signs(heading), "", ""
    found = status_words(m.group("status"))
    if not found or words_over(m.group("status"), 3):
        return strip_signs(heading), "", ""
    return strip_signs(heading[:m.start()]).rstrip(" -–—:"), found[0], m.group(0).strip()


def document_kind(raw: RawDocument) -> tuple[bool, bool]:
    """(does the document call itself a roadmap or plan?, does it call itself something else?)
    by its first heading and its file name."""
    title = next((b.text for b in raw.blocks if isinstance(b, Paragraph) and b.heading), "")
    if invites_reader(title):
        title = ""  # 'Help create the … Action Plan': a call to take part, about a plan, not one
    words = _words(title) | _words(re.sub(r"\.\w+$", "", raw.name or ""))
    named = bool(words & ROADMAP_DOCUMENT_WORDS)
    other = bool(words & (NON_PLAN_DOCUMENT_WORDS | ROADMAP_NOT_PLAN_DOCUMENT_WORDS))
    return named, other


@dataclass
class _Heading:
    text: str
    rank: int
    lead: str = ""


@dataclass
class _Item:
    unit: _Unit
    path: list[_Heading]  # the headings it sits under, outermost first (the title left out)
    children: list[_Unit] = field(default_factory=list)


def _area_lead(text: str) -> str:
    """'DRI: @decentralgabe  Repos: …' → '@decentralgabe': a lead label opening the line."""
    labels = list(_RUN_IN.finditer(text))
    if not labels or labels[0].start() > 0 or fold(labels[0].group("label")) not in AREA_LEAD_HEADS:
        return ""
    end = labels[1].start() if len(labels) > 1 else len(text)
    return text[labels[0].end():end].strip(" ;,")


def _lists(raw: RawDocument, units: list[_Unit]) -> list[list[_Item]]:
    """The document's lists, each item with the headings above it; nested items are its children."""
    out: list[list[_Item]] = []
    stack: list[_Heading] = []
    title_seen, current = False, None  # type: bool, list[_Item] | None
    for k, unit in enumerate(units):
        block = raw.blocks[unit.block]
        if not title_seen and not unit.marker:
            title_seen = True
            continue  # the document's title (or its first line): no area
        if not unit.heading and _plain_heading(unit, units[k + 1] if k + 1 < len(units) else None):
            unit = replace(unit, heading=True)  # plain text marks no headings: a short line over items
        if unit.heading and not unit.marker:
            rank = block.rank if isinstance(block, Paragraph) and block.rank else (stack[-1].rank if stack else 2)
            while stack and stack[-1].rank >= rank:
                stack.pop()
            stack.append(_Heading(unit.text, rank))
            current = None
            continue
        if not unit.marker:
            lead = _area_lead(unit.text)
            if lead and stack and current is None:
                stack[-1].lead = lead
            current = None
            continue
        if current and unit.level > current[0].unit.level:
            current[-1].children.append(unit)
            continue
        if current is None or unit.level < current[0].unit.level:
            current = []
            out.append(current)
        current.append(_Item(unit, list(stack)))
    return out


# a line that opens with a date of its own ('04/07 (Friday) - Progress Report Due', '20/04: …')
_MONTH = "|".join(sorted((m for m in MONTHS if m.isalpha()), key=len, reverse=True))
_DATE_LED = re.compile(r"^\s*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b"  # '04/07', '20.04.2025'
                       rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b\.?(?:\s+\d{{4}})?"  # '12 May 2025'
                       rf"|(?:{_MONTH})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?)", re.I)  # 'May 12, 2025'


# a date that says its year ('12 May 2025', '05/06/25'): '03/27' alone could be read as March 2027
_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


def _date_led(text: str) -> str:
    """The date a line opens with ('03/27-03/31: Meeting (12pm)' → '03/27-03/31'), '' when none."""
    period, _ = leading_period(text)
    if period is not None:
        return period.text
    m = _DATE_LED.match(text)
    return m.group(0).strip() if m else ""


def dated_slots(lst: list[_Item]) -> list[tuple[_Item, str]] | None:
    """A list whose items each open with a date and hold items nested under them ('03/27-03/31:
    Meeting (12pm)' over 'Refactor sounds based on interview', 'Perform the simulation'): a schedule
    of dated slots (meetings, weeks), whose nested items are what is done in each; each with the
    date of its slot. Of the nested items, one that opens with a date of its own is an event of the
    slot ('04/07 (Friday) - Progress Report Due', a deadline), and a short label over items nested
    under it ('ROLES:' over 'Tiera - interview set up') heads a list of another kind (who does what):
    neither is a thing done, and both stay in the text kept aside; the slot lines themselves too.
    The slot's date is its items' timeframe, and their due date only when it gives a year ('03/27-
    03/31' alone is no date a reader can place). None when the list is no such schedule."""
    if not lst or not all(it.children and _date_led(bare(it.unit)) for it in lst):
        return None
    out: list[tuple[_Item, str]] = []
    for it in lst:
        when = _date_led(bare(it.unit))
        top = min(c.level for c in it.children)
        kids: list[_Item] = []
        for c in it.children:
            if c.level == top:
                kids.append(_Item(c, it.path))
            elif kids:
                kids[-1].children.append(c)
        for kid in kids:
            text = bare(kid.unit)
            if _date_led(text) or kid.children and not words_over(text, _SHORT - 1):
                continue
            out.append((kid, when))
    return out or None


def _plain_heading(unit: _Unit, next_unit: _Unit | None) -> bool:
    """A short line with no mark and no closing punctuation over list items ('Phase 1 - Discovery')."""
    text = unit.text.strip()
    return not unit.marker and next_unit is not None and bool(next_unit.marker) and not next_unit.heading \
        and 0 < len(text.split()) <= _HEADING_WORDS and not text.endswith((".", ";", ",", ":", "?", "!")) \
        and not _RUN_IN.match(text)  # 'Repo: search-api', 'DRI: @alice': a labelled line


def _period(heading: str) -> bool:
    """'Q1 2025', 'Now', 'By March 2026': a heading that says when (normalise/horizons.py)."""
    horizon = read_horizon(strip_signs(heading))
    return horizon is not None and horizon.kind == "period"


def _state(heading: str) -> bool:
    """'Working on now', 'Recently completed', 'Done': a heading that says how its items stand (their
    status, normalise/horizons.py), not what they are about; one naming their topic as well
    ('Completed carbon reduction initiatives') names an area too."""
    horizon = read_horizon(strip_signs(heading))
    return horizon is not None and horizon.kind == "state" and not horizon.topical


def _area(path: list[_Heading]) -> _Heading | None:
    """The heading that names the items' area: the innermost one that does more than name the list,
    say when or say how its items stand."""
    return next((h for h in reversed(path) if not names_items(h.text) and not _period(h.text)
                 and not _state(h.text)), None)


def read_roadmap(raw: RawDocument, units: list[_Unit], held: bool | None = None) -> ListReading | None:
    """The actions of a document kept as a roadmap of lists, or None when the evidence is weak. held:
    plan_held_in_tables(raw), when the caller has it already."""
    if plan_held_in_tables(raw) if held is None else held:
        return None  # a plan table, or a form per action, holds the plan (normalise/structure.py reads it)
    named, other = document_kind(raw)
    if other:
        return None  # minutes, a change log, a report: its checklists are no plan's
    labelled = read_labelled_children(raw, units)
    if labelled is not None:
        return labelled
    taken: list[tuple[_Item, str, bool, str, str]] = []  # (item, text, marked, status, marks as printed)
    stages: set[str] = set()
    tracked_stages: set[str] = set()  # stage headings over lists of tracked items
    slot_due: dict[int, str] = {}  # id of an item nested under a dated slot → the slot's date
    for lst in _lists(raw, units):
        path = lst[0].path
        if any(names_other(h.text) for h in path):
            continue
        slots = dated_slots(lst)
        if slots is not None:  # a schedule: what is nested under its dated slots is what is done
            lst = [it for it, _ in slots]
            slot_due.update((id(it), when) for it, when in slots)
        read = [(it, *read_marks(bare(it.unit))) for it in lst]
        marked = sum(m for _, _, m, _, _ in read)
        staged = [h.text for h in path if names_stage(h.text)] or (["dated slots"] if slots else [])
        inner = path[-1].text if path else ""
        tracked = marked * 2 >= len(read)
        if not tracked and (not staged or not named):
            continue  # untracked items count only under a stage heading of a document named a plan
        short = all(not words_over(text, _SHORT - 1) for _, text, _, _, _ in read)
        if short and not marked and not slots and not (names_stage(inner) or names_items(inner) or
                                                       _words(inner) & LIST_ACTION_HEADING_WORDS):
            continue  # a list of names under a topic ('Questions', 'Issues', 'Code')
        stages.update(staged)
        for it, text, mark, status, printed in read:
            if not text or text.rstrip().endswith("?"):
                continue
            taken.append((it, text, mark, status, printed))
            if tracked:
                tracked_stages.update(staged)
    if len(taken) < _MIN_ACTIONS:
        return None
    marked = sum(m for _, _, m, _, _ in taken)
    if not named and (marked < _MIN_ACTIONS or len(tracked_stages) < _MIN_STAGES):
        return None  # an unnamed document: a plan only by tracked items under stages
    states = any(h is not None and h.kind == "state" for h in
                 (read_horizon(strip_signs(x.text)) for it, *_ in taken for x in it.path))
    actions = [_action(it, text, status, printed, unit_links(raw, it.unit), states)
               for it, text, _, status, printed in taken]
    for (it, *_), action in zip(taken, actions, strict=False):
        when = slot_due.get(id(it), "")
        if when:  # its slot's date: the period it is done in, and its due date when the date gives a year
            action.context.setdefault("timeframe", when)
            if "due" not in action.fields and _WITH_YEAR.search(when):
                action.fields["due"] = when
    blocks = {u.block for it, *_ in taken for u in [it.unit, *it.children]}
    confidence = round(min(1.0, 0.55 + 0.25 * marked / len(taken) + 0.2 * named), 2)
    why = (f"{len(actions)} actions read from a roadmap's lists ({marked} with a task box or status mark; "
           f"the document {'calls itself a roadmap or plan' if named else 'does not call itself a plan'}; "
           f"{len(stages)} stage heading(s) such as phases, cycles or milestones)")
    return ListReading(actions, blocks, confidence, why, trusted=True)


# a nested item's own label before a colon ('Sample Initiative: …', 'KR: …', 'Key result: …')
_CHILD_LABEL = re.compile(r"^(?P<label>[A-Z][\w&/'’ -]{0,30}?)\s*:\s+(?=\S)")
_CHILD_LABEL_WORDS = 3
_MIN_LABELLED = 2  # nested items labelled as what will be done, at least, under one label
_LABELLED_SHARE = 0.8  # of the nested items, that print a label of their own
# a list item's or heading's own code before its text ('S1 Invest in …', 'S5: Maintain …', 'O1: Expand …')
_CODE_LED = re.compile(r"^(?P<ref>[A-Z]{1,3}\d{1,3})\s*[:.]?\s+(?P<text>\S.*)$", re.S)


def _child_label(text: str) -> tuple[str, str]:
    """('Sample Initiative', 'Relaunch the report') of a nested item opening with a short label;
    ('', text) when it prints none."""
    m = _CHILD_LABEL.match(text)
    if not m or words_over(m.group("label"), _CHILD_LABEL_WORDS):
        return "", text
    return m.group("label").strip(), text[m.end():].strip()


def _names_actions(label: str) -> bool:
    """Does a nested item's label name what will be done ('Initiative', 'Sample Initiative', 'Action')?"""
    from planx.normalise.headers import DECENT, read_heading
    best = next(iter(read_heading(label)), None)
    return best is not None and best.field == "action" and best.score >= DECENT


def _code_led(text: str) -> tuple[str, str]:
    m = _CODE_LED.match(text.strip())
    return (m.group("ref"), m.group("text").strip()) if m else ("", text.strip())


def read_labelled_children(raw: RawDocument, units: list[_Unit]) -> ListReading | None:
    """Nested items that say what each is by a label of its own, as an OKR deck sets out each
    objective ('● O3: Improve end user engagement …') over its key results and initiatives ('○ Sample
    KR: Grow end user members >20%', '○ Sample Initiative: Relaunch the TechRadar report'): the items
    whose label names what will be done are the actions, the item they are nested under their
    objective, the heading above their area (its code, 'S3', the area's reference). The other
    labelled items (a key result says how the objective is measured) and the items with no such
    item nested under them (a goal, an objective measured only) are no actions: kept aside.

    The evidence: the nested items print labels (most of them), and one label naming what will be
    done recurs (two items or more). None otherwise."""
    lists = _lists(raw, units)
    children = [c for lst in lists for it in lst for c in it.children]
    labels = [_child_label(bare(c))[0] for c in children]
    if not children or sum(1 for label in labels if label) < _LABELLED_SHARE * len(children):
        return None
    acting = {label for label in labels if label and _names_actions(label)}
    if not any(labels.count(label) >= _MIN_LABELLED for label in acting):
        return None
    actions: list[ListAction] = []
    blocks: set[int] = set()
    for lst in lists:
        for it in lst:
            ref, objective = _code_led(bare(it.unit))
            area = _area(it.path)
            area_ref, area_text = _code_led(heading_status(area.text)[0]) if area is not None else ("", "")
            for c in it.children:
                label, text = _child_label(bare(c))
                if label not in acting or not text:
                    continue
                fields = dict(item_evidence(text).fields)
                fields["action"] = fields.get("action") or text
                context = {"objective": objective}
                if area_text:
                    context.update(area=area_text, **({"area_ref": area_ref} if area_ref else {}))
                actions.append(ListAction(fields, context, c.block, c.page, c.line, [label]))
                blocks.add(c.block)
    if len(actions) < _MIN_LABELLED:
        return None
    shown = ", ".join(f"'{label}'" for label in sorted(acting))
    why = (f"{len(actions)} actions read from nested items labelled as what will be done ({shown}), each under "
           f"the item it serves (its objective); {len(children) - len(actions)} other labelled item(s) (key "
           f"results, measures) and the items with no such item under them kept aside")
    return ListReading(actions, blocks, 0.8, why, trusted=True, trusted_by="nested items labelled as actions")


def _path_status(path: list[_Heading], states: bool = False) -> tuple[str, str]:
    """How the items under these headings stand, by the innermost heading that says ('Phase 1 ✅
    COMPLETE', 'Completed Milestones ✅', 'Done'), and what it prints to say so ('✅ COMPLETE', '✅',
    'Done'): ('', '') when none does. Where the document's headings include states (states), a
    heading that looks ahead ('Future plans', 'Things we'll do later') says its items have not
    begun (normalise/horizons.py, Horizon.pending)."""
    for h in reversed(path):
        ahead = read_horizon(strip_signs(h.text))
        if states and ahead is not None and ahead.pending:
            return "not_started", h.text.strip()
        _, status, printed = read_heading_status(h.text)
        if status:
            return status, printed
        horizon = read_horizon(strip_signs(h.text))
        if horizon is not None and horizon.status:
            return horizon.status, h.text.strip()  # 'Things we've done': the heading is the status
        signs = [ch for ch in h.text if ROADMAP_STATUS_SIGNS.get(ch)]
        if signs:
            return ROADMAP_STATUS_SIGNS[signs[0]], signs[0]
    return "", ""


def _action(it: _Item, text: str, status: str, printed: str, links: list[Link], states: bool = False) -> ListAction:
    outcome = ""
    m = _ITALIC_TAIL.search(text)
    if m:
        text, outcome = text[:m.start()], m.group("text").strip()
    text, tags = trailing_labels(text, links)  # '… [`web-monitoring`](…/labels/web-monitoring)'
    ref = _REF.match(text)
    fields = dict(item_evidence(text[ref.end():] if ref else text).fields)
    own_period = fields.pop(TIMEFRAME_FIELD, "")  # 'Week 1: …': the item's own timeframe
    if ref:
        fields["ref"] = ref.group("ref")
    elif it.unit.number:
        fields["ref"] = it.unit.number
    area = _area(it.path)
    area_text = heading_status(area.text)[0] if area is not None else ""
    if not status:  # the item's marks say nothing ('[ ]', none): the heading above may
        status, said = _path_status(it.path, states)
        printed = said or printed
    if printed and "status" not in fields:  # status_raw: the mark or heading as printed
        fields["status"] = printed
        if status:
            fields[MARK_STATUS_FIELD] = status
    if outcome:
        fields["outcome"] = outcome
    lead = next((h.lead for h in reversed(it.path) if h.lead), "")
    if lead and "lead" not in fields:
        fields["lead"] = lead
    if it.children:
        fields["milestones"] = "\n".join(f"• {item_marks(bare(c))[0]}" for c in it.children)
    context = {"area": area_text} if area_text else {}
    period = own_period or next((strip_signs(h.text) for h in reversed(it.path) if _period(h.text)), "")
    if period:  # a period heading is the items' timeframe, as under normalise/horizons.py
        context.update(timeframe=period, horizon=period)
    return ListAction(fields, context, it.unit.block, it.unit.page, it.unit.line, [], tags)


__all__ = ["document_kind", "heading_status", "item_marks", "read_heading_status", "read_marks",
           "trailing_labels", "names_items", "names_other", "names_stage", "read_roadmap",
           "strip_signs", "task_box"]
