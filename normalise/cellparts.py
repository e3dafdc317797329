"""A cell that holds labelled parts: the action, then how it stands, when and who, each under its label.

A tracker that reports on its commitments, or a form filled in one box, often writes a whole record
inside one cell. NARA's open-government appendix prints under 'Proposed Action' the action, then

    Update: Research Services standardized days of operation …
    (more paragraphs of the update)

and, in the cell beside it under '2014 Plan Section', '2.2' then 'Status: Implemented and ongoing'.
The federal corrective-action-plan form (one box per audit finding) runs its labels together:

    Corrective action plan: TDA maintains … Implementation date(s): June 2023 Responsible persons: CIO

or prints the auditor's finding first, labelled part by labelled part, and the plan last:

    Finding 2022-004 – Significant Deficiency
    Condition: The District used a sole source authorization …
    Recommendation: We recommend the District work with FEMA …
    Management Response and Corrective Action Plan: The District shall revise policies …

A reader takes each label by what it means, as a column heading would be (normalise/headers; the
labels are found as inside a list item, normalise/lists.label_spans): 'Update:' says the progress,
'Status:' how it stands, 'Implementation date(s):' when, 'Responsible persons:' who. The action is the
text before the first label, or, when a label names the action itself ('Corrective action plan:'),
the text after the LAST such label: what comes before it is the finding the plan answers (its
'Condition:', 'Criteria:', 'Cause:', 'Effect:', 'Recommendation:' — vocab.FINDING_PART_LABELS), which is
kept aside, never the action. A labelled value is taken only when it reads as its field (a date under a
date's label, a short status); one that does not stays in the text as printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from planx.normalise.codes import status_words
from planx.normalise.columns import looks_like_when
from planx.normalise.dates import find_dates
from planx.normalise.headers import classify, classify_exact
from planx.normalise.text import fold, squash, words_over
from planx.normalise.vocab import FINDING_PART_LABELS

# the fields a label inside a cell may give the action's row
STANDING_FIELDS = ("progress", "status", "due", "lead", "responsible")
# the fields an action has one value of: a label of one printed twice in a cell starts a second record
_ONE_VALUE_FIELDS = ("status", "due", "lead", "responsible")
# a lead or a status is short: a value longer than this is a sentence, not one
_WHO_WORDS = 30
_STATUS_WORDS = 12
_STATUS_NAME_WORDS = 3  # a state named by the document's own words ('Forthcoming', 'On hold pending funding')
# a plural mark before a label's colon ('Implementation date(s):', 'Responsible person(s):')
_PLURAL_MARK = re.compile(r"\((e?s)\)(?=\s*:)")
# a label of the finding's parts: at a line's start, or run in after a sentence's end; its words as printed
_FINDING = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;!?]\s)|(?<=[.;!?]\s\s))[ \t]*(?P<label>(?:" +
    "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in FINDING_PART_LABELS), key=len, reverse=True)) +
    r"))\s*:", re.I)
# a line's opening words before a label inside it ('Management Response and Corrective' before 'Action
# Plan:'): words only, no sentence ends
_OPENING_WORDS = re.compile(r"^[ \t]*[A-Za-z][A-Za-z '&/-]*$")
_OPENING_MAX_WORDS = 8
# a label run onto the text before it with no space, the form's line break lost ('… Jane DoePlanned
# completion date for the corrective action: June 30, 2023', '… on time.Contact person: …'): a capital
# right after a letter, a figure, a full stop or a bracket, then words up to a colon
_GLUED_LABEL = re.compile(r"(?<=[a-z0-9.)])(?P<label>[A-Z][a-z]*(?:[ \t]+[A-Za-z()'/-]+){0,11})[ \t]*:(?=\s)")
_GLUED_SCORE = 85.0  # a glued label reads as its field by its head words, as a column heading would
_GLUED_FIELDS = ("lead", "responsible", "due", "status")
# a label opening a line: words, then a colon
_LINE_LABEL = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<label>[A-Za-z][A-Za-z '&/-]{1,80}?)[ \t]*:(?=\s)")


@dataclass
class Part:
    field: str  # the field its label names ('' for a finding's part)
    label: str  # the label as printed
    start: int  # where the label starts
    value: str  # the text after the label, up to the next label


@dataclass
class CellParts:
    action: str  # the action's text ('' when the cell gives none: a column beside the action)
    values: dict[str, str] = field(default_factory=dict)  # field → value, each taken from its label
    aside: list[str] = field(default_factory=list)  # the finding's parts and what no field takes
    labels: list[str] = field(default_factory=list)  # the labels read, as printed


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _widened(text: str, start: int, name: str) -> int:
    """A label opening its line runs from the line's start when the words before it read, with it, as
    the same field ('Management Response and Corrective Action Plan:' rather than 'Action Plan:')."""
    begin = _line_start(text, start)
    before = text[begin:start]
    if not before.strip() or not _OPENING_WORDS.match(before) or \
            len(text[begin:].split(":")[0].split()) > _OPENING_MAX_WORDS:
        return start
    whole = squash(text[begin:text.index(":", start)])
    return begin + (len(before) - len(before.lstrip())) if classify(whole)[0] == name else start


def _glued_labels(text: str) -> list[tuple[int, int, str, str]]:
    """Labels of who, when or how it stands run onto the text before them with no space (a form whose
    line breaks were lost: '… audit trail.Name of the person responsible: J DoePlanned completion
    date: June 30, 2023'): the label is the words from the glued capital to the colon, however many
    (a form's question), taken when they read as the field's heading and the value after as its field.
    A label naming the action or the finding is not looked for so: what is run together before the
    who and when is the action's cell as printed."""
    out: list[tuple[int, int, str, str]] = []
    for m in _GLUED_LABEL.finditer(text):
        label = squash(m.group("label"))
        name, score, _ = classify(label)
        if name not in _GLUED_FIELDS or score < _GLUED_SCORE:
            continue
        if name == "lead" and classify_exact(label)[0] == "responsible":
            name = "responsible"
        nxt = _GLUED_LABEL.search(text, m.end())
        if _reads_as(name, text[m.end():nxt.start("label") if nxt else len(text)]):
            out.append((m.start("label"), m.end(), name, label))
    return out


def _parts(text: str) -> tuple[str, list[Part]]:
    """(the text before the first label, the labelled parts in order)."""
    from planx.normalise.lists import label_spans  # lists imports much of normalise
    found: list[tuple[int, int, str, str]] = []  # (label start, value start, field, label)
    glued = _glued_labels(text)
    for start, value, name, label in label_spans(text, others=True):
        if not name:  # a label no field takes ('Resources: existing budget'): its part is kept aside
            found.append((start, value, "", label))
            continue
        if name not in STANDING_FIELDS and name != "action":
            continue
        start = _widened(text, start, name)
        label = squash(text[start:value].rstrip().rstrip(":–—-"))
        exact = classify_exact(label)
        if name == "lead" and exact[0] == "responsible":
            name = "responsible"  # a label naming the responsibility itself (CONTRACT: 'Two owner columns')
        found.append((start, value, name, label))
    found += [g for g in glued if not any(s <= g[0] < v or g[0] <= s < g[1] for s, v, _, _ in found)]
    findings = [m for m in _FINDING.finditer(text) if not any(s <= m.start("label") < v for s, v, _, _ in found)]
    found += [(m.start("label"), m.end(), "", squash(m.group("label"))) for m in findings]
    standing = any(name in STANDING_FIELDS for _, _, name, _ in found)
    for m in _LINE_LABEL.finditer(text):
        # a label that reads as the action by its head word however weakly ('Corrective action plan:',
        # 'Management response:'), in a cell of labelled parts: opening the cell before labels of who,
        # when or how it stands, or a line after the finding's parts ('PeopleSoft Reimbursement
        # Process: Work with …' alone is a title run into its action, read as printed)
        start = m.start("label")
        opens = (not text[:start].strip() and standing) or any(f.start("label") < start for f in findings)
        if opens and not words_over(m.group("label"), _OPENING_MAX_WORDS) and \
                classify(squash(m.group("label")))[0] == "action" and \
                not any(s <= start < v or start <= s < m.end() for s, v, _, _ in found):
            found.append((start, m.end(), "action", squash(m.group("label"))))
    found.sort()
    # a label inside another's value only ends it: drop labels whose start falls inside an earlier label
    kept: list[tuple[int, int, str, str]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    head = text[:kept[0][0]] if kept else text
    parts = [Part(name, label, start, text[value:(kept[i + 1][0] if i + 1 < len(kept) else len(text))])
             for i, (start, value, name, label) in enumerate(kept)]
    return head, parts


def _reads_as(name: str, value: str) -> bool:
    """Does a labelled value read as what its label names?"""
    v = squash(value)
    if not v:
        return False
    if name == "due":
        return bool(find_dates(v)) or looks_like_when(v)
    if name in ("lead", "responsible"):
        return not words_over(v, _WHO_WORDS) and not find_dates(v)
    if name == "action":
        # a thing to do is words: a figure alone after an action word is a count ('Total actions: 1')
        return any(w.isalpha() and len(w) > 2 for w in re.findall(r"[^\W\d_]+", v))
    if name == "status":
        # a status word, or a short value no sentence ('Forthcoming', a state the document's own key names)
        return not words_over(v, _STATUS_WORDS) and bool(status_words(v)) or \
            not words_over(v, _STATUS_NAME_WORDS) and not v.endswith(".") and not find_dates(v)
    return True


def _unlabelled_parts(parts: list[Part]) -> list[Part]:
    """A who's value that goes on with when it is due or how it stands, with no label of its own
    ('… within six weeks. Lead: J Smith; due October 2026'): the who, then a part of its own for each
    such field, as a list item's labels are read (lists.split_unlabelled). A field labelled in the
    cell already keeps its own label's value."""
    from planx.normalise.lists import split_unlabelled  # lists imports much of normalise
    labelled = {p.field for p in parts}
    out: list[Part] = []
    for p in parts:
        out.append(p)
        if p.field not in ("lead", "responsible") or _reads_as(p.field, p.value):
            continue
        if p.value.count(")") > p.value.count("(") or p.value.count("]") > p.value.count("["):
            continue  # a bracket opened before the label closes after it: '(Lead: X; by D)', inlinewho's
        values = {p.field: _clip(p.value)}
        split_unlabelled(values)
        extra = [Part(name, "", p.start, value) for name, value in values.items()
                 if name != p.field and name in STANDING_FIELDS and name not in labelled]
        if extra and _reads_as(p.field, values[p.field]):
            out[-1] = Part(p.field, p.label, p.start, values[p.field])
            out += extra
    return out


def _clip(value: str) -> str:
    return value.strip().strip(";,").strip()


def read_cell_parts(text: str, own: str = "action") -> CellParts | None:
    """The labelled parts of a cell under a column of field `own` ('action', or '' for a column no
    field takes); None when the cell holds no label naming a field that the row takes from it."""
    if ":" not in text:
        return None
    text = _PLURAL_MARK.sub(r"\1", text)
    head, parts = _parts(text)
    parts = _unlabelled_parts(parts)
    taken = [p for p in parts if p.field in STANDING_FIELDS and _reads_as(p.field, p.value)]
    actions = [p for p in parts if p.field == "action" and _reads_as("action", p.value)] if own == "action" else []
    if not taken and not actions:
        return None
    if own == "action" and not actions and not head.strip():
        return None  # a cell of labels only: no action before them (a form's cell, read elsewhere)
    once = [p.field for p in parts if p.field in _ONE_VALUE_FIELDS]
    if len(once) != len(set(once)) or \
            (actions and any(p.field in STANDING_FIELDS and p.start < actions[-1].start for p in parts)):
        # two plans run together, each with its date and owner ('… Implementation date(s): … Responsible
        # persons: J GreenPEAF Corrective action plan: … Implementation date(s): …'): no one part is the
        # action; the cell is read as printed
        return None
    out = CellParts(action="")
    if actions:
        last = actions[-1]
        before = [head] + [f"{p.label}: {p.value}" for p in parts if p.start < last.start]
        out.aside += [squash(t) for t in before if t.strip()]
        out.action = _clip(last.value)
        rest = [p for p in parts if p.start > last.start]
    else:
        out.action = _clip(head) if own == "action" else ""
        if own != "action" and head.strip():
            out.aside.append(squash(head))
        rest = parts
    for p in rest:
        if p in taken and p.field not in out.values:
            out.values[p.field] = _clip(p.value)
        elif own == "action" and p.field not in ("", "action") and not actions and p not in taken:
            # a label that does not read as its field ('Target: 95%') stays in the action as printed
            out.action = f"{out.action}\n{p.label}: {_clip(p.value)}".strip()
        else:
            out.aside.append(squash(f"{p.label}: {p.value}"))
    out.labels = [p.label for p in parts if p.label]  # (a part split from a who's value has none)
    if own == "action" and not out.action:
        return None
    return out


def read_field_cell(text: str, own: str) -> CellParts | None:
    """The labelled parts of a cell under a column of field `own` (a lead's, a date's) that opens
    with the column's own label and goes on with others ('Lead: Economic Development Manager' /
    'Resources: existing budget'): the column's value is its own label's part, the other labels give
    their fields or are kept aside; None for any other cell (a value as printed, 'J Smith (Lead)')."""
    if own not in STANDING_FIELDS or ":" not in text:
        return None
    head, parts = _parts(_PLURAL_MARK.sub(r"\1", text))
    if head.strip() or len(parts) < 2 or parts[0].field != own:
        return None
    if all(p.field == own for p in parts):
        # every label the column's own, one entry after another ('Update Feb: … Update Apr: complete'):
        # a history of updates, read whole (normalise/histories.py reads its latest entry)
        return None
    read = read_cell_parts(text, "")
    return read if read is not None and own in read.values else None


def own_label_line(text: str) -> tuple[str, str]:
    """(label, the rest) of a cell whose first line is its column's name set as a heading in capitals,
    no colon ('CORRECTIVE ACTION PLAN' over the plan's text); ('', text) otherwise."""
    first, newline, rest = text.lstrip().partition("\n")
    words = first.split()
    if not newline or not rest.strip() or not 1 <= len(words) <= _OPENING_MAX_WORDS or ":" in first \
            or not first.isupper() or classify(first)[0] != "action":
        return "", text
    return squash(first), rest.strip()


def names_a_reference(label: str) -> bool:
    """A heading that names an identifier ('Audit Finding Reference Number', 'Ref no.', 'ID'): its
    cells are codes ('2022-020'), whatever they look like, never a date."""
    words = fold(label).split()
    return bool(words) and (words[-1] in ("ref", "reference", "id", "identifier", "code")
                            or words[-2:] in (["reference", "number"], ["ref", "number"], ["reference", "no"],
                                              ["ref", "no"], ["finding", "number"], ["finding", "no"]))


# ---- paragraphs of one cell beside updates that name them one by one ------------------------------

# a dated update opening a line ('November 2018: The workplan …')
_DATED_PART = re.compile(r"^\s*(?P<label>[^:\n]{3,30}):\s+\S")
# a paragraph's last line is shorter than the cell's longest line by this share at least
_SHORT_LAST_LINE = 0.8


def _paragraphs(text: str) -> list[str]:
    """A cell's paragraphs where its lines say where one ends: a blank line, or a line ending a sentence
    that stops well short of the cell's width, the next line opening with a capital (a PDF's cell
    keeps no blank lines; a paragraph's last line is its short one)."""
    lines = [ln.strip() for ln in text.split("\n")]
    widest = max((len(ln) for ln in lines), default=0)
    paras: list[list[str]] = [[]]
    for i, ln in enumerate(lines):
        if not ln:
            if paras[-1]:
                paras.append([])
            continue
        paras[-1].append(ln)
        after = next((x for x in lines[i + 1:] if x), "")
        if ln.endswith(".") and len(ln) < _SHORT_LAST_LINE * widest and after[:1].isupper() \
                and i + 1 < len(lines) and lines[i + 1]:
            paras.append([])
    return [" ".join(p) for p in paras if p]


def _dated_parts(text: str) -> list[str]:
    """The parts of an update cell that each open with the same dated label ('November 2018: …' ×3)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    starts = [i for i, ln in enumerate(lines) if (m := _DATED_PART.match(ln)) and find_dates(m.group("label"))]
    if len(starts) < 2 or starts[0] != 0:
        return []
    labels = {squash(_DATED_PART.match(lines[i]).group("label")) for i in starts}  # type: ignore[union-attr]
    if len(labels) != 1:
        return []  # updates of different dates are one action's history, not one update each
    bounds = [*starts, len(lines)]
    return [" ".join(lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def split_paired_paragraphs(drafts: list, warnings: list[str]) -> list:
    """Each draft whose action cell holds N paragraphs (N ≥ 2) beside a progress cell of N updates under
    the same dated label ('November 2018: …' ×3), with one owner and one date for the row, as N actions:
    paragraph k with update k, the owner and date over each. A reader pairs them by their order and by
    the label the updates repeat; a cell of several paragraphs beside one update is one action."""
    from dataclasses import replace
    out = []
    split = 0
    for d in drafts:
        action, progress = d.text("action"), "\n".join(d.pieces.get("progress", []))
        paras = _paragraphs("\n".join(d.pieces.get("action", []))) if action and progress else []
        parts = _dated_parts(progress) if len(paras) >= 2 else []
        if len(paras) < 2 or len(parts) != len(paras) or d.pieces.get("milestones") or \
                len(d.pieces.get("due", [])) > 1:
            out.append(d)
            continue
        for para, part in zip(paras, parts, strict=True):
            pieces = {k: list(v) for k, v in d.pieces.items()}
            pieces.update(action=[para], progress=[part])
            out.append(replace(d, pieces=pieces, context=dict(d.context)))
        split += 1
    if split:
        warnings.append(f"{split} action cell(s) of several paragraphs beside as many updates under one dated "
                        "label read as one action per paragraph, each with its update")
    return out
