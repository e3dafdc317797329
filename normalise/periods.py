"""Plan tables drawn wide, with a column per period: timelines and progress grids.

Councils and schools draw a plan as a row per action beside a block of period columns (months
'Apr | May | … | Mar', quarters 'Q1 … Q4' or '2025/26 Q1', terms 'Autumn 1 … Summer 2'). What the
period cells hold says what the block is:
- marks ('X', '✓', '●') or one fill colour across the block: a timeline (Gantt) — the periods the
  action runs in; with no date column, the action is due at the end of its last marked period;
- RAG words or letters, or RAG colours that differ: a progress grid — each period cell a rating
  labelled by its heading, the latest filled one the action's RAG;
- short updates: a progress grid of words — the latest period's update is the progress, the
  others are kept aside;
- figures: a statistics or budget table by month, not a plan (its headings are not read as a plan's).
A run of three or more period headings side by side is the evidence (run_of_periods); one month
or quarter heading alone stays a date or a rating as the heading reader says.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from planx.normalise.codes import rag_of, rag_of_colour
from planx.normalise.dates import PlanDate, find_dates
from planx.normalise.text import fold, words_over
from planx.normalise.vocab import (
    CURRENT_PERIOD_WORDS,
    HORIZON_COLUMN_WORDS,
    MONTHS,
    MONTHS_ABROAD,
    OCR_ONE_READINGS,
    ORDINAL_WORDS,
    QUARTER_WORDS_ABROAD,
)

# the field of a column in a block of period columns (headers.py gives it; structure.py reads its cells)
PERIOD_FIELD = "period"
MIN_RUN = 3  # fewer period headings side by side may be dates or ratings of another kind

_QUARTER = re.compile(r"^(?:q|qtr\.?|quarter)\s*([1-4])$")
_HALF = re.compile(r"^h([12])$")
_TERM = re.compile(r"^(autumn|spring|summer|aut|spr|sum)\.?(?:\s*(?:term)?\s*([12]))?(?:\s*term)?$")
# a period's number 1 as OCR reads it ('Qi', 'Ql', 'Autumn l', 'H|'): a letter at the label's end
_OCR_ONE = re.compile(rf"(?<=[a-z])(\s*)[{re.escape(OCR_ONE_READINGS)}]$")
_OCR_ONE_CASED = re.compile(rf"(?<=[A-Za-z])(\s*)[{re.escape(OCR_ONE_READINGS + OCR_ONE_READINGS.upper())}]$")
_YEARS = re.compile(r"\b((?:19|20)\d{2})(?:\s*[/-]\s*(\d{2}|\d{4}))?\b")
# a year pair printed short ('Q1 24/25', 'Autumn 25-26'): two two-digit years, the second the next
_SHORT_PAIR = re.compile(r"(?<![\d/.-])(\d{2})\s*[/-]\s*(\d{2})(?![\d/.-])")
_TERMS = {"aut": "autumn", "spr": "spring", "sum": "summer"}
# what a timeline's cell holds where the action runs
_MARKS = {"x", "✓", "✔", "●", "•", "■", "▪", "█", "*", "y", "yes", "✗", "√", "o", "◆", "♦", "+", "-", "—", "–",
          "→", "=", "▬", "■■", "xx", "xxx"}
_FIGURE = re.compile(r"^[£$€(−-]?\s*\d[\d,.]*\s*(?:%|k|m|\))?$", re.I)


@dataclass(frozen=True)
class Period:
    """A period heading read: the kind ('month', 'quarter', 'half', 'term', or 'span': from one
    month to another), its number in its kind (month 1–12, quarter 1–4, term name, a span's last
    month) and the year it prints, if any."""
    kind: str
    number: str
    year: str = ""  # the year or year pair printed with it ('2025/26', '25'), else ''


_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december")
# a month or quarter word of another language (vocab.MONTHS_ABROAD, QUARTER_WORDS_ABROAD), as a word
_ABROAD = {name: _ENGLISH_MONTHS[n - 1] for names in MONTHS_ABROAD.values() for name, n in names.items()} \
    | dict.fromkeys(QUARTER_WORDS_ABROAD, "quarter")
_ABROAD_WORD = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(_ABROAD, key=len, reverse=True)) + r")(?![^\W\d_])",
                          re.I)


def _plain(text: str) -> str:
    """The text without its accents ('Février' → 'Fevrier', 'März' → 'Marz')."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def english_period(label: str) -> str:
    """A period heading printed in another language with its month or quarter word put in English
    ('JULIO' → 'july', 'Février 2026' → 'february 2026', 'Trimestre 2' → 'quarter 2'), so that it
    reads as the English one does; any other label as it is. A run of them is a timeline's or a
    progress grid's periods as an English one is (a Colombian or French plan's Gantt)."""
    plain = label if label.isascii() else _plain(label)
    return _ABROAD_WORD.sub(lambda m: _ABROAD[m.group(1).lower()], plain) if _ABROAD_WORD.search(plain) else label


def read_period(label: str) -> Period | None:
    """A heading that names one period: 'Apr', 'April 2025', 'Apr-25', 'Q1', 'Qtr 3', '2025/26 Q1',
    'Autumn 1', 'Spring term', 'H2', a quarter named by its months ('Apr-Jun': a 'span' ending in its
    last month), or one a narrow column broke inside a word ('Sept emb er',
    'Summe r 1'). None for anything else (a year alone is not enough: a table of years is as often
    statistics)."""
    label = english_period(label)
    read = _read_period(label)
    if read is None and words_over(label, 1):
        read = _read_period("".join(label.split()))
    return read


# the months a period's heading spells out after it ('Q1 (Apr-Jun)', 'Autumn term Sep – Dec')
_MONTH_SPAN = re.compile(r"\s*\(?\s*([a-z]{3,9})\.?\s*(?:-|–|—|to)\s*([a-z]{3,9})\.?\s*\)?\s*$")


def _without_month_span(text: str) -> str:
    """A heading without the span of months it names spelled out after it; as it is otherwise."""
    m = _MONTH_SPAN.search(text)
    if m and m.start() > 0 and all(fold(g).rstrip(".") in MONTHS for g in m.groups()):
        return text[:m.start()]
    return text


_WRAPPED_DIGIT = re.compile(r"(?<=[A-Za-z][\-/’']\d)\s+(?=\d\b)|(?<=[A-Za-z][\-/’'])\s+(?=\d{2}\b)")


def ocr_period_label(label: str) -> str:
    """A period heading with the 1 OCR read as a letter written back ('Qi' → 'Q1', 'Autumn l' →
    'Autumn 1'), when only that makes it name a period; any other label as it is."""
    # a date wrapped inside a narrow column's heading, its last digit on a line of its own ('Sep-2\n5'
    # read as 'Sep-2 5'): joined again when only that makes it a month and its year
    joined = _WRAPPED_DIGIT.sub("", label.strip())
    if joined != label.strip() and (read := _read_period(joined, mend_ocr=False)) is not None and read.year:
        return joined
    if _read_period(label, mend_ocr=False) is not None:
        return label
    mended = _OCR_ONE_CASED.sub(r"\g<1>1", label.strip())
    return mended if _read_period(mended, mend_ocr=False) is not None else label


# the longest heading that can name one period ('Quarter 3 2025/26 (October – December)'): a longer
# cell is text, and the anchored patterns below would search a megabyte cell for nothing
PERIOD_LABEL_CHARS = 80


def _read_period(label: str, mend_ocr: bool = True) -> Period | None:
    if len(label) > PERIOD_LABEL_CHARS * 4 or len(" ".join(label.split())) > PERIOD_LABEL_CHARS:
        return None
    text = _without_month_span(" ".join(label.lower().split()))
    year = ""
    m = _YEARS.search(text)  # before folding, which drops the '/' of a year pair
    if m:
        year, text = m.group(0), (text[:m.start()] + " " + text[m.end():])
    elif (short := _SHORT_PAIR.search(text)) and int(short.group(2)) == (int(short.group(1)) + 1) % 100:
        year, text = short.group(0), (text[:short.start()] + " " + text[short.end():])
    if year:  # the months spelled out before the year ('Q1 Apr–Jun 2025'): the quarter, its months aside
        text = _without_month_span(text.strip())
    span = _MONTH_SPAN.fullmatch(text.strip())
    if span and all(fold(g).rstrip(".") in MONTHS for g in span.groups()) \
            and MONTHS[fold(span.group(1)).rstrip(".")] != MONTHS[fold(span.group(2)).rstrip(".")]:
        # a quarter or half named by its months ('Apr-Jun', 'Jul – Sep', 'Oct to Mar'): it ends with its last month
        return Period("span", str(MONTHS[fold(span.group(2)).rstrip(".")]), year)
    text = fold(text)
    two = re.fullmatch(r"([a-z]+)\s*(\d{2})", text)  # 'apr 25': a month and its two-digit year
    if two and two.group(1) in MONTHS and not year:
        text, year = two.group(1), two.group(2)
    if text.rstrip(".") in MONTHS:
        return Period("month", str(MONTHS[text.rstrip(".")]), year)
    if mend_ocr and not (_QUARTER.match(text) or _HALF.match(text) or _TERM.match(text)):
        one = _OCR_ONE.sub(r"\g<1>1", text)
        text = one if _QUARTER.match(one) or _HALF.match(one) or _TERM.match(one) else text
    for pattern, kind in ((_QUARTER, "quarter"), (_HALF, "half")):
        q = pattern.match(text)
        if q:
            return Period(kind, q.group(1), year)
    t = _TERM.match(text)
    if t:
        return Period("term", f"{_TERMS.get(t.group(1), t.group(1))} {t.group(2) or ''}".strip(), year)
    return None


def horizon_column(label: str) -> bool:
    """A column heading naming a relative horizon ('Short', 'Middle', 'Long term', 'Medium-term'):
    one of a run of them is a period column whose marks say when (vocab.HORIZON_COLUMN_WORDS)."""
    words = fold(label.replace("-", " ")).split()
    if words[-1:] == ["term"]:
        words = words[:-1]
    return len(words) == 1 and words[0] in HORIZON_COLUMN_WORDS


def run_of_periods(labels: Sequence[str], horizons: bool = True) -> list[int]:
    """The positions of the longest run of neighbouring headings that each name a period, when it
    is MIN_RUN or longer and of one kind (months, or quarters, or terms, or relative horizons 'Short |
    Middle | Long' where horizons is true): [] otherwise."""
    best: list[int] = []
    run: list[int] = []
    kind = best_kind = ""
    for i, label in enumerate(labels):
        p = read_period(label) if label.strip() else None
        if p is None and horizons and label.strip() and horizon_column(label):
            p = Period("horizon", fold(label))
        if p is not None and (not run or p.kind == kind):
            run.append(i)
            kind = p.kind
        else:
            run, kind = ([i], p.kind) if p is not None else ([], "")
        if len(run) > len(best):
            best, best_kind = list(run), kind
    if best and best_kind == "horizon" and len({fold(labels[i]) for i in best}) < len(best):
        return []  # ('Long | Long | Long'): one horizon again, no run of them
    return best if len(best) >= MIN_RUN else []


# ---- a series of sibling columns numbered or dated ('Review 1 | Review 2 (Mar)', 'R1 | R2 | R3') ----

_ORDINAL_TOKEN = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_LETTERS_NUMBER = re.compile(r"^([a-z]{1,3})(\d{1,2})$")  # 'r1', 'q2', 'cp3': a short name run into its number
_YEAR_TOKEN = re.compile(r"^(?:19|20)?\d{2}$")


def series_member(label: str) -> tuple[str, str] | None:
    """(stem, mark) of a heading that names one of a series of sibling columns: the words left when
    its number ('Review 1', '1st review', 'Second review', 'R1') and the month or year it prints
    ('Review 2 (Mar)', 'RAG Dec 26') are taken out, and what was taken out. None when nothing numbers
    or dates it, or nothing is left to name it. Siblings share the stem and differ in the mark."""
    words = fold(label.replace("(", " ").replace(")", " ")).split()
    stem: list[str] = []
    mark: list[str] = []
    dated = False
    for w in words:
        m = _LETTERS_NUMBER.match(w)
        if m and m.group(1) not in MONTHS:
            stem.append(m.group(1))
            mark.append(m.group(2))
        elif w in MONTHS or (dated and _YEAR_TOKEN.match(w)):
            mark.append(w)
            dated = True
        elif _ORDINAL_TOKEN.match(w) or w in ORDINAL_WORDS or re.fullmatch(r"(?:19|20)\d{2}", w):
            mark.append(w)
        else:
            stem.append(w)
    if not stem or not mark:
        return None
    return " ".join(stem), " ".join(mark)


def sibling_series(labels: Sequence[str]) -> list[list[int]]:
    """Runs of two or more neighbouring headings that name members of one series (series_member):
    the same stem, a different number or date each ('Review 1 | Review 2 | Review 3', 'R1 | R2')."""
    runs: list[list[int]] = []
    run: list[int] = []
    stem = ""
    marks: set[str] = set()
    for i, label in enumerate(labels):
        read = series_member(label) if label.strip() else None
        if read is not None and run and read[0] == stem and read[1] not in marks:
            run.append(i)
            marks.add(read[1])
            continue
        if len(run) >= 2:
            runs.append(run)
        run, stem, marks = ([i], read[0], {read[1]}) if read is not None else ([], "", set())
    if len(run) >= 2:
        runs.append(run)
    return runs


# ---- what the block's cells hold ------------------------------------------------------------------

def cell_kind(text: str, fill: str | None) -> str:
    """'' (blank), 'mark', 'rag', 'figure', 'fill' (a fill with no text) or 'text'."""
    t = " ".join(text.split())
    if not t:
        return "fill" if fill and not _white(fill) else ""
    if fold(t) in _MARKS or t in _MARKS:
        return "mark"
    if _FIGURE.match(t):
        return "figure"
    if not words_over(t, 3) and rag_of(t):
        return "rag"
    return "text"


def _white(fill: str) -> bool:
    return fill.lower() in ("#ffffff", "#fefefe", "#fffffe")


def block_kind(cells: Sequence[tuple[str, str | None]]) -> str:
    """What a block of period cells (text, fill) holds, read over the whole table: 'figures' (a
    statistics or budget table), 'timeline', 'ratings', 'updates', or '' when nothing is in it."""
    kinds = [cell_kind(t, f) for t, f in cells]
    words = Counter(" ".join(t.split()).casefold() for (t, _), k in zip(cells, kinds, strict=True) if k == "text")
    labels = {w for w, n in words.items() if n >= MIN_RUN}  # an update is written once; a label repeats
    if sum(words[w] for w in labels) >= 0.8 * sum(words.values()) > 0 and "figure" in kinds:
        # 'Actual | Actual | … | Forecast' over figures by period: sub-headings repeated, not updates
        kinds = ["" if k == "text" and " ".join(t.split()).casefold() in labels else k
                 for (t, _), k in zip(cells, kinds, strict=True)]
    filled = [k for k in kinds if k]
    if not filled:
        return ""
    share = {k: filled.count(k) / len(filled) for k in set(filled)}
    glyphs = {" ".join(t.split()) for t, _ in cells if t.strip()}
    if len(glyphs) == 1 and len(next(iter(glyphs))) == 1 and glyphs != {"0"} and len(filled) >= MIN_RUN:
        # one glyph in every marked cell: a tick a symbol font prints as a letter or digit ('ü' in
        # Wingdings, '3' in ZapfDingbats) marks a timeline; figures differ from cell to cell
        return "timeline"
    if share.get("figure", 0) >= 0.5:
        return "figures"
    fills = {f.lower() for (t, f), k in zip(cells, kinds, strict=True) if k == "fill" and f}
    if share.get("mark", 0) >= 0.5:
        return "timeline"
    if share.get("fill", 0) >= 0.5:
        # one colour across the block draws bars; RAG colours that differ rate each period
        rated = {rag_of_colour(f) for f in fills}
        return "ratings" if len(fills) >= 2 and "" not in rated else "timeline"
    if share.get("rag", 0) >= 0.5:
        return "ratings"
    return "updates"


def bars_of_fill(rows: Sequence[Sequence[tuple[int, str | None]]]) -> bool:
    """Do a block's fills draw a Gantt's bars, not ratings, read row by row ((column, fill) of each
    row's period cells)? Each filled row shades one unbroken run of its cells in one colour (a bar;
    a rating changes colour as the action goes well or badly, and a blank cell breaks nothing in a
    bar), and the runs start in different periods, most of them after the block's first (a task
    begins when it begins; a progress grid rates every action from its first period). Colours that
    differ from row to row are then the chart's palette, as pure red and green often are."""
    starts: list[int] = []
    for cells in rows:
        shaded = sorted((col, f.lower()) for col, f in cells if f and not _white(f))
        if not shaded:
            continue
        cols = [col for col, _ in shaded]
        if len({f for _, f in shaded}) > 1 or cols != list(range(cols[0], cols[0] + len(cols))):
            return False
        starts.append(cols[0])
    if len(starts) < MIN_RUN:
        return False
    first = min(starts)
    return len(set(starts)) >= MIN_RUN and 2 * sum(st > first for st in starts) > len(starts)


def fills_rate_updates(cells: Sequence[tuple[str, str | None]]) -> bool:
    """Do the fills of a block of period updates rate each period ('All staff trained' shaded
    green under 'Autumn', 'PA 21.4%' shaded red)? A progress grid may colour each update by its RAG
    instead of printing one: the evidence is the block's shaded cells, MIN_RUN or more, every one a
    RAG colour (rag_of_colour), two ratings or more among them (one colour over every cell is the
    table's style, not a rating), and most of the filled cells shaded."""
    filled = [(t, f) for t, f in cells if t.strip() or (f and not _white(f))]
    shaded = [f for _, f in filled if f and not _white(f)]
    if len(shaded) < MIN_RUN or 2 * len(shaded) < len(filled):
        return False
    rated = [rag_of_colour(f) for f in shaded]
    return "" not in rated and len(set(rated)) >= 2


def figures_below(cells: Sequence[str]) -> bool:
    """Do the cells under a run of period headings hold figures mostly (a budget or statistics table
    by month, whose headings are no plan's)?"""
    return block_kind([(t, None) for t in cells]) == "figures"


# ---- when a period ends ---------------------------------------------------------------------------

_PAIR = re.compile(r"\b(20\d{2})\s*[/-]\s*(20\d{2}|\d{2})\b")
_SINGLE = re.compile(r"\b(20\d{2})\b")
_ACADEMIC = re.compile(r"\b(?:academic|school|term|pupils?|curriculum)\b", re.I)


def year_basis(texts: Sequence[str], terms: bool = False) -> tuple[int, str] | None:
    """(first year, 'financial' | 'academic' | 'calendar') of the period a plan's title or opening
    lines name: a pair of years ('2025/26') is a financial year, or an academic one when the text
    speaks of a school or the periods are terms; a year alone is a calendar year. None when no
    text names a year."""
    for text in texts:
        for m in _PAIR.finditer(text):
            first, second = int(m.group(1)), int(m.group(2)) % 100
            if second == (first + 1) % 100:
                academic = terms or bool(_ACADEMIC.search(text))
                return first, "academic" if academic else "financial"
    for text in texts:
        single = _SINGLE.search(text)
        if single:
            return int(single.group(1)), "calendar"
    return None


def basis_of_plan(plan: PlanDate | None) -> tuple[int, str] | None:
    """The plan's own date as a basis, when no text named the plan's period: its calendar year."""
    return (plan.year, "calendar") if plan is not None else None


def period_ends(labels: Sequence[str], basis: tuple[int, str] | None) -> list[tuple[PlanDate | None, bool]]:
    """The end of each period heading of a run, in order: (date, inferred) — inferred when the
    year came from the plan's own period, not the heading. Months without a year count on from
    the basis's first year (year_basis), a new year when the months turn back ('Nov | Dec | Jan')."""
    out: list[tuple[PlanDate | None, bool]] = []
    year = None
    previous = 0
    wraps = _months_turn_back(labels)
    for printed in labels:
        label = english_period(printed)  # ('Enero 2026': find_dates reads English month names)
        p = read_period(label)
        own = find_dates(label) if p is not None and p.year else []
        if p is None:
            out.append((None, False))
            continue
        if own:
            out.append((own[-1], False))
            if p.kind in ("month", "span"):
                year, previous = own[-1].year, int(p.number)
            continue
        if basis is None:
            out.append((None, False))
            continue
        first, kind = basis
        pair = f"{first}/{(first + 1) % 100:02d}"
        if p.kind in ("month", "span"):
            month = int(p.number)
            if year is None:
                # months that turn back within the run ('Apr … Dec | Jan … Mar') span the pair of
                # years: the first of them is in its first year, whichever month the year starts in
                start = 1 if wraps and kind != "calendar" else {"financial": 4, "academic": 9}.get(kind, 1)
                year = first + (month < start)
            elif month < previous:
                year += 1
            previous = month
            out.append((PlanDate(year, month), True))
        elif p.kind == "quarter":
            text = f"Q{p.number} {pair}" if kind == "financial" else f"Q{p.number} {first}"
            out.append((next(iter(find_dates(text)), None), True))
        elif p.kind == "half":
            end = (first + 1, 3) if kind == "financial" and p.number == "2" else \
                (first, 9) if kind == "financial" else (first, 6 if p.number == "1" else 12)
            out.append((PlanDate(end[0], end[1], None, True), True))
        else:
            name = p.number if " " in p.number else f"{p.number} term"
            found = find_dates(f"{name} {pair}") if kind != "calendar" else find_dates(f"{name} {first}")
            out.append((found[-1] if found and found[-1].month else None, True))
    return out


def _months_turn_back(labels: Sequence[str]) -> bool:
    """Do the months of a run of headings printed without their year turn back once ('Sep | … |
    Dec | Jan | … | Jul'): the run then spans two years, its first month in the first."""
    months = [int(p.number) for label in labels
              if (p := read_period(label)) is not None and p.kind in ("month", "span") and not p.year]
    return any(b < a for a, b in zip(months, months[1:], strict=False))


def latest_heading(labels: Sequence[str]) -> int | None:
    """The position of the heading that names the latest period ('This quarter' beside 'Last
    quarter', 'Q2 2023/24' before 'Q1 2023/24', 'Mar-18' beside 'Dec-17'): the one heading that
    calls its period the current one (vocab.CURRENT_PERIOD_WORDS), or, when every heading prints a
    date of one precision (all with a month, or all years alone: a year '2022/23' and a quarter
    '2023/24 Q1' end where the reader cannot tell), the one latest date; None otherwise (then the
    headings' order says it). A performance report often prints the current quarter first and the
    previous one beside it."""
    current = [k for k, label in enumerate(labels) if CURRENT_PERIOD_WORDS & set(fold(label).split())]
    if len(current) == 1 and len(labels) > 1:
        return current[0]  # 'This quarter' beside 'Last quarter', 'Current month' beside 'Previous month'
    ends = []
    for label in labels:
        found = find_dates(label)
        if not found:
            return None
        ends.append(found[-1])
    if len(ends) < 2 or len({d.month is None for d in ends}) != 1:
        return None
    keys = [d.end_key() for d in ends]
    best = max(keys)
    return keys.index(best) if keys.count(best) == 1 else None


# ---- an action's period cells ---------------------------------------------------------------------

def latest_update(cells: Sequence[tuple[str, str, str | None]], labels: Sequence[str]) -> tuple[str, str]:
    """(label, text) of the latest period whose cell holds an update, by the order of the headings."""
    order = {label: k for k, label in enumerate(labels)}
    written = [(order.get(label, -1), label, " ".join(text.split())) for label, text, _ in cells if text.strip()]
    if not written:
        return "", ""
    _, label, text = max(written, key=lambda w: w[0])
    return label, text


def timeline_due(cells: Sequence[tuple[str, str, str | None]], labels: Sequence[str],
                 basis: tuple[int, str] | None) -> tuple[str, PlanDate | None, bool]:
    """(label, end, inferred) of the last period a timeline row marks (a mark or a fill), by the
    order of the headings; ('', None, False) when it marks none."""
    marked = {label for label, text, fill in cells if text.strip() or cell_kind(text, fill) == "fill"}
    ends = period_ends(labels, basis)
    last = next((k for k in range(len(labels) - 1, -1, -1) if labels[k] in marked), -1)
    if last < 0:
        return "", None, False
    end, inferred = ends[last]
    return labels[last], end, inferred
