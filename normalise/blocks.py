"""Performance reports written as a block of text per indicator, not a table row.

    CYPE 3  Percentage of EHC plans issued within 20 weeks
    100  80  60  40  20  0                      (a small chart's axis: noise)
    Latest: 71.8%   Target: 68%   Floor: 60%
    Previous: 78.1%
    AMBER
    Improving
    The figure dipped in December, as it does every year …

A person reads such a page by its labelled figures: a line made of 'label: figure' pairs whose
labels mean a figure of an indicator (the latest value, a target, a period's figure, a floor, an
earlier figure) is the body of one indicator; the short line above it is the indicator's name;
a RAG word near it rates it; a direction of travel and the commentary are notes. Labels are read by
meaning (normalise/headers.indicator_role over INDICATOR_ROLE_WORDS, and KPI_BLOCK_LABEL_WORDS for
floors, earlier figures and directions), never by a list of one report's wordings.

Precision first: reports, minutes and budgets print 'Target: …' and figures in prose. A block is an
indicator only when its figures give a value and a second reading (a target, a RAG, another
figure), and a document is read this way only when two blocks or more are found. Text the blocks
hold that no field takes (axis figures, floors, earlier figures, directions) is kept aside with
its provenance; commentary stays a paragraph for the walker (which keeps it aside too).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.codes import rag_of
from planx.normalise.dates import due_date
from planx.normalise.headers import indicator_role
from planx.normalise.records import Indicator, IndicatorValue
from planx.normalise.text import clean, fold, squash, words_over
from planx.normalise.vocab import (
    DIRECTION_MARKS,
    DIRECTION_WORDS,
    INDICATOR_ROLE_WORDS,
    KPI_BLOCK_GENERIC_HEADS,
    KPI_BLOCK_LABEL_FILLERS,
    KPI_BLOCK_LABEL_WORDS,
    MULTIPLIERS,
    UNIT_WORDS,
)

_MIN_BLOCKS = 2  # a document with fewer indicator blocks is not read this way
_MAX_TITLE_WORDS = 30
_TITLE_LOOKBACK = 3  # text lines above a block's figures that may hold its name
_MAX_INLINE_TITLE_WORDS = 16  # a name printed before the figures on their line
_LABEL_MAX_WORDS = 5

_UNITS = "|".join(sorted((re.escape(u) for u in UNIT_WORDS if u[:1].isalpha() or u == "%"), key=len, reverse=True))
_MULT = "|".join(sorted((re.escape(m) for m in MULTIPLIERS), key=len, reverse=True))
# a figure after a label: '78%', '£1.2m', '28 days', '41.0', '<5', '1,204', 'n/a'
_FIGURE = re.compile(rf"[<>≤≥~]?\s*[£$€]?\s*[-+−]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
                     rf"(?:\s*(?:%|(?:{_UNITS}|{_MULT})\b))?(?:\s*per\s*[\d,]+)?|n/?a\b", re.I)
# what may not follow a figure for it to be one: a date's rest ('1 June 2024', '31/03/2025', '2024/25')
_DATE_REST = re.compile(r"^(?:\s*[/.\-]\s*\d|\s*(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                        r"[a-z]*\b)", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_COLON = re.compile(r"\s*[:=]\s*|\s+(?=[<>≤≥£$€]?\d)")
_PERIODISH = re.compile(r"^(?:q[1-4]|h[12]|\d{4}(?:\s*[/-]\s*\d{2,4})?|\d{2}|[a-z]{3,9}[-\s]?\d{2,4}|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)$", re.I)
_AXIS_TOKEN = re.compile(r"^(?:[-+−]?[\d.,]+%?|q[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                         r"[a-z]*(?:[-\s']?\d{2,4})?|\d{4}(?:/\d{2,4})?)$", re.I)
_SEPARATORS = " \t|;,•·–—-"
# a sentence's end inside a paragraph line: an indicator's name may follow the commentary above it
# when a conversion ran the two lines together
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")


@dataclass
class Figure:
    role: str  # 'value', 'target', 'period', 'floor', 'previous', 'direction', 'notes' …
    label: str  # as printed
    text: str  # the figure as printed
    score: float


@dataclass
class _Line:
    text: str
    block: int  # the raw block (paragraph) it is a line of
    page: int
    line: int
    kind: str = "text"  # 'figures', 'rag', 'direction', 'axis', 'text'
    figures: list[Figure] = field(default_factory=list)
    title: str = ""  # a name printed before the first label on a figures line
    rag: str = ""  # a RAG word the line gives (a 'rag' line, or after a figures line's last figure)
    rag_text: str = ""  # that RAG as printed, when it follows a figures line's last figure
    rest: list[str] = field(default_factory=list)  # text on a figures line that no figure took
    cells: list[str] = field(default_factory=list)  # the line's parts set apart by tabs or wide spaces


@dataclass
class KpiBlock:
    indicator: Indicator
    lines: list[_Line]  # every line the block is made of
    aside: list[tuple[str, str, _Line]]  # (text, reason, line) kept aside


@dataclass
class BlockReading:
    indicators: dict[int, list[Indicator]]  # raw block index → the indicators it starts
    blocks: set[int]  # raw blocks read here (the walker passes them by)
    aside: list[tuple[str, str, int, int]]  # (text, reason, page, line) to keep aside
    structure: list[str]  # text read as structure (names, labels), for accounting
    confidence: float
    why: str


# ---- labels -----------------------------------------------------------------------------------------

def _label_word(word: str) -> bool:
    return (word in INDICATOR_ROLE_WORDS or word in KPI_BLOCK_LABEL_WORDS or word in KPI_BLOCK_LABEL_FILLERS
            or word.rstrip("s") in INDICATOR_ROLE_WORDS or bool(_PERIODISH.match(word)))


def label_role(label: str) -> tuple[str, float]:
    """(role, score) of a figure's label: 'floor', 'previous', 'direction' (KPI_BLOCK_LABEL_WORDS),
    else the KPI table reading ('value', 'target', 'period', 'rag', 'notes' …); ('', 0) for a
    phrase that is no label of an indicator's figure."""
    words = fold(label).split()
    if not words or len(words) > _LABEL_MAX_WORDS or not all(_label_word(w) for w in words):
        return "", 0.0
    # a generic head ('Target value', 'Current figure') defers to the word that says which figure
    telling = [w for w in words if w not in KPI_BLOCK_GENERIC_HEADS] or words
    meanings = {role for w in telling for role, weight in INDICATOR_ROLE_WORDS.get(w.rstrip("s") if w not in
                INDICATOR_ROLE_WORDS else w, {}).items() if weight >= 0.7}
    if len(meanings) > 1:
        return "", 0.0  # words of two meanings ('plans Latest'): a name's last word before a label
    own = [KPI_BLOCK_LABEL_WORDS[w] for w in words if w in KPI_BLOCK_LABEL_WORDS]
    if own:
        return own[0], 1.0
    return indicator_role(" ".join(telling) if telling != words else label)


def _split_label(text: str) -> tuple[str, str]:
    """(what comes before, the label) of the text before a figure: the longest tail of up to
    five words that reads as a label ('CYPE 3 Timely plans Latest' → ('CYPE 3 Timely plans',
    'Latest'))."""
    words = list(re.finditer(r"\S+", text))
    best: tuple[str, str] = (text, "")
    for k in range(1, min(_LABEL_MAX_WORDS, len(words)) + 1):
        start = words[-k].start()
        label = text[start:].strip(_SEPARATORS + "()")
        if label_role(label)[1] >= 0.5:
            best = (text[:start], label)
    return best


def read_figures(text: str) -> tuple[str, list[Figure], list[str]]:
    """(text before the first label, labelled figures, other text) of one line. A label ends at a
    colon ('Latest: 78%') or right before its figure ('Target 80%')."""
    figures: list[Figure] = []
    rest: list[str] = []
    head = ""
    pos = 0
    for m in _COLON.finditer(text):
        if m.start() < pos:
            continue
        fig = _FIGURE.match(text, m.end())
        if not fig or (fig.end() < len(text) and text[fig.end()].isalnum()) or _DATE_REST.match(text[fig.end():]):
            continue
        before, label = _split_label(text[pos:m.start()])
        if not label:
            continue
        role, score = label_role(label)
        if not m.group().strip() and (role not in ("value", "target", "floor", "previous") or score < 0.8):
            continue  # a label without a colon ('Target 80%') only when it surely names a figure
        if role == "period" and _YEAR.match(fig.group().strip()):
            continue  # 'Reporting period: 2024': a period's name, not its figure
        if not figures:
            head = before
        elif before.strip(_SEPARATORS):
            rest.append(before.strip(_SEPARATORS))
        figures.append(Figure(role, squash(label), squash(fig.group()), score))
        pos = fig.end()
    tail = text[pos:].strip(_SEPARATORS)
    if tail and figures:
        rest.append(tail)
    return squash(head.strip(_SEPARATORS)), figures, rest


_FIGURE_ROLES = {"value", "target", "period", "previous", "floor"}


def direction_of(text: str) -> bool:
    """A direction of travel on its own ('Improving', '↑', 'DoT: No change')."""
    t = text.strip()
    if t and all(ch in DIRECTION_MARKS or ch.isspace() for ch in t):
        return True
    key = fold(t.lstrip(DIRECTION_MARKS))
    if ":" in t:
        label, _, value = t.partition(":")
        if label_role(label)[0] != "direction":
            return False
        key = fold(value.strip().lstrip(DIRECTION_MARKS))
    return key in DIRECTION_WORDS


def rag_and_direction(text: str) -> tuple[str, str]:
    """(RAG, the rest) of a short line that rates ('AMBER', 'RAG rating: Green'), perhaps with a
    direction of travel after it ('RAG: Amber ↑ Improving'); ('', '') otherwise."""
    words = text.split()
    if len(words) > 8:
        return "", ""
    for k in range(1, min(4, len(words)) + 1):  # the shortest reading: a lenient one swallows the rest
        rag = rag_of(" ".join(words[:k]))
        rest = " ".join(words[k:]).strip(_SEPARATORS + "›»>")
        if rag and (not rest or direction_of(rest)):
            return rag, rest
    return "", ""


def axis_noise(text: str) -> bool:
    """A chart's axis printed as text ('100 80 60 40 20 0', 'Q1 Q2 Q3 Q4', 'Apr-24 May-24 …')."""
    tokens = text.split()
    return len(tokens) >= 3 and all(_AXIS_TOKEN.match(t) for t in tokens)


def classify_line(line: _Line) -> None:
    kind, figures, title, rag, rag_text, rest = _classified(line.text)
    if kind == "figures":
        line.kind, line.title, line.rag = kind, title, rag
        line.figures = [Figure(f.role, f.label, f.text, f.score) for f in figures]
        line.rag_text, line.rest = rag_text, list(rest)
    elif kind == "rag":
        line.kind, line.rag, line.rest = kind, rag, list(rest)
    elif kind != "text":
        line.kind = kind


_Classified = tuple[str, tuple[Figure, ...], str, str, str, tuple[str, ...]]


@lru_cache(maxsize=16384)
def _classified(text: str) -> _Classified:
    """(kind, figures, title, RAG, RAG as printed, rest) of a line's text, as classify_line sets them
    (a plan prints the same lines again: 'Target: 80%', 'GREEN'; the walker reads some twice)."""
    head, figures, rest = read_figures(text)
    if figures and all(f.role in _FIGURE_ROLES | {"rag", "direction", "notes"} for f in figures):
        tail_rag = rag_of(rest[-1]) if rest and len(rest[-1].split()) <= 4 else ""
        loose = [r for r in rest if not (tail_rag and r is rest[-1]) and not direction_of(r)]
        # a figures line holds little else: a name before its first label, a RAG or direction after
        if sum(len(r.split()) for r in loose) <= 4 and not words_over(head, _MAX_INLINE_TITLE_WORDS):
            return ("figures", tuple(figures), head, tail_rag, rest[-1] if tail_rag else "",
                    tuple(r for r in rest if not (tail_rag and r is rest[-1])))
    rag, rest_of_line = rag_and_direction(text)
    if rag:
        return "rag", (), "", rag, "", (rest_of_line,) if rest_of_line else ()
    if direction_of(text):
        return "direction", (), "", "", "", ()
    if axis_noise(text):
        return "axis", (), "", "", "", ()
    return "text", (), "", "", "", ()


# ---- blocks -----------------------------------------------------------------------------------------

def lines_of(raw: RawDocument) -> list[_Line]:
    out: list[_Line] = []
    for i, b in enumerate(raw.blocks):
        if isinstance(b, Table):
            # a table parts blocks, unless it holds only an indicator's figures, ratings and axis
            # (labelled figures set side by side that a reader of text layout took for columns)
            out += _figure_table(b, i) or [_Line("", i, 0, 0, kind="table")]
            continue
        texts = [s for t in b.text.split("\n") for s in _SENTENCE_END.split(t) if s.strip()]
        for k, text in enumerate(texts):
            line = _Line(squash(text), i, b.page, b.line + k)
            line.cells = [c for c in re.split(r"\t|\s{2,}", text.strip()) if c]
            classify_line(line)
            out.append(line)
    for above, below in zip(out, out[1:], strict=False):
        _labels_over_figures(above, below)
    return out


def _labels_over_figures(above: _Line, below: _Line) -> None:
    """A row of labels over a row of figures ('Actual   Target   RAG' / '78%   80%   GREEN'): the
    labelled figures of one line, read as if each label stood before its figure."""
    if above.kind != "text" or below.kind not in ("text", "rag", "axis"):
        return  # (a row of figures may read as an axis, or as a rating by the one colour it names)
    figures = [m.group().strip() for m in re.finditer(rf"(?:{_FIGURE.pattern})(?=\s|$)|\b[A-Za-z]+\b", below.text,
                                                      re.I)]
    if len(figures) == 1 and not _FIGURE.fullmatch(below.text.strip()) or len(figures) > 8:
        return  # (one label over one figure: 'Latest' / '78%', each on a line of its own)
    labels = above.cells if len(above.cells) == len(figures) else above.text.split()
    if len(labels) != len(figures):
        return
    read: list[Figure] = []
    rag = ""
    for label, text in zip(labels, figures, strict=True):
        role, score = label_role(label)
        if role == "rag" and rag_of(text):
            rag = rag_of(text)
        elif role in _FIGURE_ROLES and _FIGURE.fullmatch(text) and score >= 0.5 and not _YEAR.match(text):
            read.append(Figure(role, label, text, score))
        else:
            return
    if not any(f.role in ("value", "target", "period") for f in read) and not (read and len(figures) == 1):
        return
    above.kind, above.figures, above.rag = "figures", read, rag
    above.rag_text = next((t for t in figures if rag and rag_of(t) == rag), "")
    below.kind = "absorbed"  # its figures are the labels' values


def _figure_table(table: Table, index: int) -> list[_Line]:
    """The lines of a table that holds indicator blocks rather than a grid, row by row: cells of
    labelled figures, RAG words, directions or axis figures, and at most as many short text
    lines (the names: 'CYP1 Timely plans | Latest: 78%  Target: 80% | GREEN'); [] for any other
    table (a KPI table with a heading row is the walker's to read by its headings)."""
    paired = _label_rows(table, index)
    if paired:
        return paired
    lines: list[_Line] = []
    for row in table.rows:
        for c in row.cells:
            for text in (t for t in c.text.split("\n") if t.strip()):
                line = _Line(squash(text), index, row.page, row.line)
                classify_line(line)
                if line.kind == "text" and words_over(line.text, _MAX_TITLE_WORDS):
                    return []
                lines.append(line)
    texts = sum(1 for ln in lines if ln.kind == "text")
    figures = sum(1 for ln in lines if ln.kind == "figures")
    return lines if figures and texts <= figures else []


def _label_rows(table: Table, index: int) -> list[_Line]:
    """The lines of a small table of figures under their labels ('Actual | Target | RAG' over
    '78% | 80% | GREEN'), a row of labels and a row of figures at a time; [] for any other table."""
    rows = [_Line(squash(" ".join(c.text for c in r.cells)), index, r.page, r.line,
                  cells=[squash(c.text) for c in r.cells if c.text.strip()]) for r in table.rows]
    if len(rows) < 2 or len(rows) % 2:
        return []
    for above, below in zip(rows[::2], rows[1::2], strict=True):
        _labels_over_figures(above, below)
        if above.kind != "figures":
            return []
    return rows


def field_line(text: str) -> bool:
    """'Service: Customer Services', 'Portfolio holder: Cllr Neighbour': a short label (up to
    _LABEL_MAX_WORDS words, no figure), a colon, then its value on the same line."""
    label, colon, rest = squash(text).partition(":")
    words = label.split()
    return bool(colon) and bool(rest.strip()) and 0 < len(words) <= _LABEL_MAX_WORDS \
        and not any(ch.isdigit() for ch in label) and label[:1].isupper()


def _title_line(lines: list[_Line], start: int, floor: int) -> int | None:
    """The index of the line that names the indicator whose figures start at `start`: the nearest
    text line above (not past `floor`) that reads as a name (short, not a sentence), else the
    nearest text line."""
    candidates = [k for k in range(start - 1, floor - 1, -1) if lines[k].kind == "text"][:_TITLE_LOOKBACK]
    # a field of the card ('Service: Customer Services', 'Lead officer: J. Okafor') between the name
    # and the figures is no name: a line further up that is not 'label: value' names the indicator
    unlabelled = [k for k in candidates if not field_line(lines[k].text)]
    candidates = unlabelled + [k for k in candidates if k not in unlabelled]
    for k in candidates:
        t = lines[k].text
        if not words_over(t, _MAX_TITLE_WORDS) and not t.endswith((".", ":", ";")) and any(ch.isalpha() for ch in t):
            return k
    return None


def _wrapped_from(lines: list[_Line], k: int, floor: int) -> int:
    """The first line of a name that a narrow box wrapped over lines ('Percentage of callers to
    Contact Point who rated the advisor who dealt with' / 'their call as good'): the text lines
    above the name line k, in the same paragraph, that run on into the line below them - none ends
    a sentence, and each was filled to the margin (at least as long as the line it runs into) or
    the line below opens in lower case. A shorter heading above ('Key Performance Indicators') or
    commentary ending in a full stop is no part of the name."""
    top = k
    while top - 1 >= floor:
        above, below = lines[top - 1], lines[top]
        if above.kind != "text" or above.block != below.block or above.page != below.page:
            break
        words = len(above.text.split()) + sum(len(lines[j].text.split()) for j in range(top, k + 1))
        if above.text.endswith((".", ":", ";", "!", "?")) or field_line(above.text) or words > _MAX_TITLE_WORDS:
            break
        if len(above.text) < len(below.text) and not below.text[:1].islower():
            break
        top -= 1
    return top


def _groups(lines: list[_Line]) -> list[tuple[int, int]]:
    """(first, last) line index of each run of figures lines (axis, RAG and direction lines may
    lie between them)."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if lines[k].kind != "figures" or not any(f.role in ("value", "target", "period") for f in lines[k].figures):
            k += 1  # a block opens with a value, a target or a period's figure (not a floor alone)
            continue
        first = last = k
        j = k + 1
        while j < len(lines) and lines[j].kind in ("figures", "axis", "rag", "direction", "absorbed"):
            if lines[j].kind == "figures":
                if lines[j].title:
                    break  # a name before the labels starts the next block
                last = j
            j += 1
        runs.append((first, last))
        k = last + 1
    return runs


def read_blocks(lines: list[_Line]) -> list[KpiBlock]:
    groups = _groups(lines)
    found: list[KpiBlock] = []
    floor = 0
    starts: list[int] = []
    name_ends: list[int] = []  # the last line of each name (a name wrapped over lines runs start … end)
    for first, _last in groups:
        if lines[first].title:
            starts.append(first)
            name_ends.append(first)
        else:
            t = _title_line(lines, first, floor)
            starts.append(_wrapped_from(lines, t, floor) if t is not None else -1)
            name_ends.append(t if t is not None else -1)
        floor = _last + 1
    for n, ((first, last), start, name_end) in enumerate(zip(groups, starts, name_ends, strict=True)):
        if start < 0:
            continue
        nxt = next((s for s in starts[n + 1:] if s >= 0), len(lines))
        end = min(nxt, next((k for k in range(last + 1, len(lines)) if lines[k].kind in ("text", "table")),
                            len(lines)))
        block = _block(lines, start, first, last, end, name_end)
        if block is not None:
            found.append(block)
    return found


def _block(lines: list[_Line], start: int, first: int, last: int, end: int, name_end: int | None = None) \
        -> KpiBlock | None:
    """The indicator of a name line (start; a name wrapped over lines runs on to name_end), its
    figures (first … last) and the RAG, direction and axis lines after them (up to end)."""
    title_line = lines[start]
    name_end = start if name_end is None or name_end < start else name_end
    name = title_line.title if start == first else " ".join(lines[k].text for k in range(start, name_end + 1))
    used = [lines[k] for k in range(start, end) if k <= name_end or lines[k].kind != "text"]
    figures = [f for ln in used if ln.kind == "figures" for f in ln.figures]
    aside: list[tuple[str, str, _Line]] = []
    ind = Indicator(indicator=clean(name), page=title_line.page, line=title_line.line)
    by_role: dict[str, Figure] = {}
    periods: list[Figure] = []
    for f in figures:
        if f.role == "period":
            periods.append(f)
            ind.history.append(IndicatorValue(period=f.label, value=f.text))
        elif f.role in ("value", "target") and (f.role not in by_role or f.score > by_role[f.role].score):
            if f.role in by_role:
                aside.append((f"{by_role[f.role].label}: {by_role[f.role].text}", "indicator figure", title_line))
            by_role[f.role] = f
        else:
            aside.append((f"{f.label}: {f.text}", f"indicator {f.role or 'figure'}", title_line))
    if "value" in by_role:
        ind.value = by_role["value"].text
        ind.period = ""
    elif periods:
        latest = max(periods, key=lambda f: (due_date(f.label) or "", -periods.index(f)))
        ind.value, ind.period = latest.text, latest.label
    if "target" in by_role:
        ind.target = by_role["target"].text
    rags = [ln for ln in used if ln.rag]
    if rags:
        first_rag = rags[0]
        if first_rag.kind == "rag":
            ind.rag_raw = squash(first_rag.text[:len(first_rag.text) - len(first_rag.rest[0])] if first_rag.rest
                                 else first_rag.text).strip(_SEPARATORS)
        else:
            ind.rag_raw = first_rag.rag_text
        ind.rag = rags[0].rag
        _, _, word = ind.rag_raw.partition(":")
        if field_line(ind.rag_raw) and rag_of(word.strip()):
            ind.rag_raw = word.strip()  # 'Status: Green': the rating is the word; 'Status' is its label
    for ln in used:
        if ln.kind == "axis":
            aside.append((ln.text, "chart axis figures in an indicator block", ln))
        elif ln.kind == "direction":
            aside.append((ln.text, "indicator direction of travel", ln))
        elif ln.kind == "rag" and ln is not (rags[0] if rags else None):
            aside.append((ln.text, "second RAG in an indicator block", ln))
        elif ln.kind == "rag":
            aside += [(r, "indicator direction of travel", ln) for r in ln.rest]
        elif ln.kind == "figures":
            aside += [(r, "text beside an indicator's figures", ln) for r in ln.rest]
    readings = len(figures) + (1 if ind.rag else 0)
    if not ind.value or readings < 2 or not ind.indicator:
        return None
    return KpiBlock(ind, used, aside)


def read_kpi_blocks(raw: RawDocument) -> BlockReading | None:
    """The indicators a document writes as text blocks, or None when it holds fewer than two."""
    if not any(isinstance(b, Paragraph) for b in raw.blocks):
        return None  # tables only: a KPI table, read by its headings
    lines = lines_of(raw)
    if not any(ln.kind == "figures" for ln in lines):
        return None
    found = read_blocks(lines)
    if len(found) < _MIN_BLOCKS:
        return None
    used_blocks = {ln.block for b in found for ln in b.lines}
    used_ids = {id(ln) for b in found for ln in b.lines}
    out: dict[int, list[Indicator]] = {}
    aside: list[tuple[str, str, int, int]] = []
    structure: list[str] = []
    for b in found:
        out.setdefault(b.lines[0].block, []).append(b.indicator)
        aside += [(t, why, ln.page, ln.line) for t, why, ln in b.aside]
        structure += [ln.text for ln in b.lines]
    for ln in lines:  # other lines of a paragraph that a block took part of: kept, not lost
        if ln.block in used_blocks and id(ln) not in used_ids and ln.text:
            aside.append((ln.text, "text in a paragraph with an indicator block", ln.page, ln.line))
    with_target = sum(1 for b in found if b.indicator.target)
    with_rag = sum(1 for b in found if b.indicator.rag)
    confidence = round(min(1.0, 0.5 + 0.25 * with_target / len(found) + 0.25 * with_rag / len(found)), 2)
    why = (f"{len(found)} indicator(s) read from text blocks, not a table (a name line over labelled figures; "
           f"{with_target} with a target, {with_rag} with a RAG word)")
    return BlockReading(out, used_blocks, aside, structure, confidence, why)


__all__ = ["BlockReading", "KpiBlock", "Figure", "read_kpi_blocks", "read_figures", "label_role", "direction_of",
           "axis_noise"]
