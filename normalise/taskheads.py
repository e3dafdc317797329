"""Headings of project tools' task tables, read by their content where the words say little
(normalise/headers.py asks these before its own wordings).

- **A share complete** (`% Complete`, `Completion (%)`, `PERCENT COMPLETE`, `%_Complete`): the
  task's status given as a share; `100%` is complete, `0%` not started, anything between in
  progress (percent_status).
- **A number sign** `N`, `N°`, `Nº` over a column of task numbers: the reference.
- **A chart's scale** (run_of_scale): a Gantt chart printed or exported beside its task list heads
  one column per day, week or period with a bare number (`14 | 15 | … | 30 | 1 | 2`, `1 | 2 | … | 40`),
  a date (`06/01/2025 | 07/01/2025 …`) or a week label (`Wk - 1 | Wk - 2`). Those headings are
  neither fields nor references: the run is the chart, kept aside with the bars under it, and the
  task list's own headings are read without it. One number beside months that step by one
  (`Apr-26 | May-26 | Jun-26`, Excel's `mmm-yy`) is months and their year, not days. A tool set to
  another language dates its scale in that language's months (`10 Şub 20 | 17 Şub 20`, `5 Okt 20`,
  `2 févr. 21`: vocab.MONTH_ABBREVIATIONS_ABROAD), which a PDF whose standard font lacks a letter
  prints without it (`10 ub 20`, `3 Au 20`: text.winansi_printed); where its narrow week columns ran
  their headings together (`17 ub 20 24 ub 20 2 Mar 20`) the heading holds several dates, in order.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.normalise.dates import find_dates
from planx.normalise.text import accentless, fold, heading_text, squash, winansi_printed
from planx.normalise.vocab import MONTH_ABBREVIATIONS_ABROAD, MONTHS
from planx.normalise.vocab_tasks import PERCENT_COMPLETE_WORDS

# the fewest neighbouring headings that make a chart's scale
MIN_SCALE_RUN = 4

_PERCENT_MARK = re.compile(r"%|\bpercent(?:age)?\b|\bpct\b", re.I)
_NUMBER_SIGNS = {"n", "n°", "nº", "n o"}
# 'Task #', 'Item #', 'Story #': the number of each row's thing, its reference
_THING_NUMBER = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)?\s*#$")


def task_heading(label: str) -> tuple[str, float, str] | None:
    """(field, score 0–100, why) for a heading only a task table writes so, else None. A heading
    a narrow column broke mid-word ('Progres' / 's (%)') is read joined again (text.heading_text)."""
    text = squash(heading_text(label))
    if not text or len(text) > 40:
        return None
    words = set(fold(text).replace("_", " ").split())
    if _PERCENT_MARK.search(text) and words & PERCENT_COMPLETE_WORDS and len(words) <= 4:
        return "status", 95.0, "a share complete (%): the task's status"
    if text.lower().strip(" .:") in _NUMBER_SIGNS:
        return "area_ref", 90.0, "number sign"
    if _THING_NUMBER.match(text):
        return "area_ref", 95.0, "a thing's number ('Task #')"
    return None


_PERCENT = re.compile(r"^\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*$")
_BARE = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*$")


def percent_status(raw: str) -> str:
    """The status a share complete says ('100%' complete, '0%' not started, '45%' in progress);
    a bare number counts as a share from 10 to 100 (1–9 are as likely a rating's or a list's codes,
    a bare 0 a count). '' when the cell is no share."""
    m = _PERCENT.match(raw or "")
    value: float | None = None
    if m:
        value = float(m.group(1).replace(",", "."))
    else:
        b = _BARE.match(raw or "")
        if b and 10 <= float(b.group(1)) <= 100:
            value = float(b.group(1))
    if value is None or value > 100:
        return ""
    if value >= 100:
        return "complete"
    return "not_started" if value == 0 else "in_progress"


def share_printed(raw: str) -> bool:
    """Is the cell a share complete as printed ('45%', '80 %', '100', a bare '0' not yet begun)? A
    bare 1–9 is as likely a rating's or a list's code (percent_status)."""
    bare = _BARE.match(raw or "")
    return bool(percent_status(raw)) or bool(bare and float(bare.group(1)) == 0)


# words of a chart scale's caption ('Week commencing', 'Days', 'Timeline (weeks)')
CAPTION_WORDS = {"week", "weeks", "commencing", "beginning", "starting", "day", "days", "period", "periods",
                  "month", "months", "timeline", "w", "c", "wc", "scale", "date", "dates"}
_WEEK_LABEL = re.compile(r"^(?:wk|w|week|wc|w/c)\s*[-–.:]?\s*(\d{1,2})$", re.I)
_DAY_NUMBER = re.compile(r"^\d{1,2}$")
_DAY_MONTH = re.compile(r"^(?P<d>\d{1,2})[-\s/.](?P<m>[A-Za-z]{3,9})\.?$")
_MONTH_DAY = re.compile(r"^(?P<m>[A-Za-z]{3,9})\.?[-\s/](?P<d>\d{1,2})$")


def _month_table() -> dict[str, int]:
    """Month names and abbreviations a chart's scale may print, folded without accents: English
    (vocab.MONTHS) and other languages' (vocab.MONTH_ABBREVIATIONS_ABROAD), each also as a PDF prints
    it without the letters its font lacks (text.winansi_printed: 'Şub' → 'ub')."""
    out = dict(MONTHS)
    for names in MONTH_ABBREVIATIONS_ABROAD.values():
        for printed, number in names.items():
            for key in (accentless(printed), accentless(winansi_printed(printed))):
                if key:
                    out.setdefault(key, number)
    return out


SCALE_MONTHS = _month_table()
# a day, a month's name or abbreviation in any language (a PDF may have lost letters of it: 'ub', 'Au'),
# and the year, two digits or four ('10 Şub 20', '3 Au 20', '6-Jan', '5 déc. 2021')
_DATE_OF_SCALE = re.compile(r"(?P<d>\d{1,2})[-\s/.]+(?P<m>[^\W\d_]{2,9})\.?(?:[-\s/.']+(?P<y>\d{4}|\d{2})(?!\d))?")


def scale_month(word: str) -> int | None:
    """The month a word of a chart's scale names (SCALE_MONTHS), or None."""
    return SCALE_MONTHS.get(accentless(word).strip(". "))


def _scale_kind(label: str) -> tuple[str, int] | None:
    """('day', n) for a bare day or period number, ('week', n) for a week label, ('date', ordinal)
    for a date with its day; None for anything else."""
    t = squash(label)
    if not t or len(t) > 16:
        return None
    if _DAY_NUMBER.match(t):
        return "day", int(t)
    w = _WEEK_LABEL.match(t)
    if w:
        return "week", int(w.group(1))
    dm = _DAY_MONTH.match(t) or _MONTH_DAY.match(t)
    if dm is not None:  # '6-Jan', 'Jan 6': a day of the chart with no year printed
        day, month = (dm.group("d"), dm.group("m"))
        number = MONTHS.get(fold(month))
        if number is not None and 1 <= int(day) <= 31:
            return "date", number * 32 + int(day)
    dates = find_dates(t)
    if len(dates) == 1 and dates[0].day is not None and dates[0].month is not None:
        year, month, day = dates[0].year, dates[0].month, dates[0].day
        return "date", year * 400 + month * 32 + day
    abroad = _dates_of_scale(t)
    return abroad[0] if abroad is not None and len(abroad) == 1 else None


def _dates_of_scale(text: str) -> list[tuple[str, int]] | None:
    """The dates of a heading that is nothing but a chart's dates, day, month (in any language planx
    has, SCALE_MONTHS) and year ('10 Şub 20'; several where the chart's narrow columns ran their
    headings together, '17 Şub 20 24 Şub 20 2 Mar 20'), as ('date', ordinal) in order; None when the
    heading is anything else or its dates do not step forward."""
    out: list[tuple[str, int]] = []
    at = 0
    for m in _DATE_OF_SCALE.finditer(text):
        if text[at:m.start()].strip():
            return None
        at = m.end()
        month, day = scale_month(m.group("m")), int(m.group("d"))
        if month is None or not 1 <= day <= 31:
            return None
        year = m.group("y")
        full = 0 if year is None else int(year) + (2000 if len(year) == 2 else 0)
        out.append(("date", full * 400 + month * 32 + day))
    if not out or text[at:].strip() or any(not _follows(a, b) for a, b in zip(out, out[1:], strict=False)):
        return None
    return out


def _scale_values(label: str) -> list[tuple[str, int]] | None:
    """The scale's values a heading holds: one (_scale_kind), or the several dates of a heading that
    ran its neighbours' together (_dates_of_scale)."""
    kind = _scale_kind(label)
    if kind is not None:
        return [kind]
    return _dates_of_scale(squash(label)) if len(label) <= 160 else None


def _months_with_their_year(labels: Sequence[str]) -> bool:
    """True when a run read as days ('Apr-26 | May-26 | Jun-26') is one number beside months that step
    by one: a spreadsheet's month-and-year format (Excel's 'mmm-yy'), not a chart's days — a chart's
    days step through a month ('6-Jan | 13-Jan'), and one day of every month is no chart's scale."""
    read = [_MONTH_DAY.match(squash(t)) for t in labels]
    if not all(read):
        return False
    numbers = {m.group("d") for m in read if m}
    months = [MONTHS.get(fold(m.group("m"))) for m in read if m]
    if len(numbers) != 1 or None in months:
        return False
    steps = [(b - a) % 12 for a, b in zip(months, months[1:], strict=False) if a is not None and b is not None]
    return all(step == 1 for step in steps)


def _follows(prev: tuple[str, int], cur: tuple[str, int]) -> bool:
    if prev[0] != cur[0]:
        return False
    if cur[0] == "date":
        # days, weeks or months apart, never earlier (a year's end starts the months again; a week
        # printed twice, as a sheet's slipped formula does, '20/02 | 20/02', is still the scale)
        return cur[1] >= prev[1] or (prev[1] % 400 >= 12 * 32 and cur[1] % 400 < 2 * 32)
    # numbers count up by one; a day number starts again at 1 after a month's end (28–31)
    return cur[1] == prev[1] + 1 or (cur[0] == "day" and cur[1] == 1 and prev[1] >= 28)


def run_of_scale(labels: Sequence[str]) -> list[int]:
    """The positions of the longest run of neighbouring headings that read as a chart's scale (see
    the module's note), MIN_SCALE_RUN or longer: [] otherwise. Empty headings inside the run (a
    merged or unlabelled day) belong to it."""
    best: list[int] = []
    run: list[int] = []
    last: tuple[str, int] | None = None
    gap: list[int] = []
    for i, label in enumerate(labels):
        if not squash(label):
            if run:
                gap.append(i)
            continue
        values = _scale_values(label)
        if values is not None and last is not None and run and _follows(last, values[0]):
            run.extend(gap)
            run.append(i)
        elif values is not None:
            run = [i]
        else:
            run = []
        gap = []
        last = values[-1] if values is not None else None
        if sum(1 for k in run if squash(labels[k])) > sum(1 for k in best if squash(labels[k])):
            best = list(run)
    if len({squash(labels[k]) for k in best if squash(labels[k])}) >= MIN_SCALE_RUN:  # distinct: a repeat adds none
        if _months_with_their_year([labels[k] for k in best if squash(labels[k])]):
            return []  # 'Apr-26 | May-26 | Jun-26': months of 2026 (periods.py reads them), not days
        # the scale's caption just before it ('week commencing', 'Days') is the chart's too
        k = best[0] - 1
        while k >= 0 and not squash(labels[k]):
            k -= 1
        if k >= 0 and set(fold(labels[k]).split()) <= CAPTION_WORDS:
            best = list(range(k, best[0])) + best
        return best
    return _scale_edge(labels)


_WEEKDAY_LETTERS = {"m", "t", "w", "th", "f", "s", "su", "sa", "mo", "tu", "we", "fr"}


def scale_piece(label: str) -> bool:
    """A fragment of a chart's scale cut off at a page's edge: weekday letters ('S', 'M T W'), a
    day number, a month with a weekday under it ('Oct\nM'), a date of the scale ("Oct 10, '23")."""
    words = squash(label).replace(",", " ").replace("'", " ").split()
    if not words:
        return False
    return all(fold(w) in _WEEKDAY_LETTERS or w.isdigit() and len(w) <= 2 or fold(w)[:3] in MONTHS
               for w in words)


def _edge(labels: Sequence[str]) -> list[int]:
    """The trailing headings of a row that are pieces of a chart's scale (two or more, at the
    row's right-hand end, where a printed Gantt chart starts beside its task list)."""
    run: list[int] = []
    for i in range(len(labels) - 1, -1, -1):
        if not squash(labels[i]):
            if run:
                run.append(i)
            continue
        if not scale_piece(labels[i]):
            break
        run.append(i)
    run = sorted(k for k in run if k > min(run, default=0) or squash(labels[k]))
    # the day letters say it is a chart's scale ('May | June' alone may be a plan's own periods)
    letters = any(fold(w) in _WEEKDAY_LETTERS for k in run for w in squash(labels[k]).split())
    return run if letters and sum(1 for k in run if squash(labels[k])) >= 2 else []


_scale_edge = _edge


# folded heading words of a scheduling tool's columns beside the task list: its own (strong), and
# the start and end any plan may head (weak)
_SCHEDULE_WORDS = {"finish", "duration", "predecessor", "predecessors", "successor", "wbs", "effort", "days",
                   "dependency", "dependencies", "depends", "baseline"}
_SPAN_WORDS = {"start", "begin", "end"}


def share_complete(label: str) -> bool:
    """'% Complete', 'Completion (%)': a heading of the share of a task done."""
    return (task_heading(label) or ("", 0.0, ""))[0] == "status"


def schedule_labels(labels: Sequence[str]) -> bool:
    """Headings of a schedule (a project tool's task table or a Gantt chart's task list): a chart's
    scale beside them (run_of_scale), or one of finish, duration, predecessors, WBS, effort, days or
    a share complete with a second such heading or a start or end. In such a table a task's name
    alone in a row, over tasks that fill their dates, is their phase (a summary task), not a task."""
    if run_of_scale(labels):
        return True
    strong = weak = 0
    for label in labels:
        words = set(fold(label).replace("_", " ").split())
        if words & _SCHEDULE_WORDS or share_complete(label):
            strong += 1
        elif words & _SPAN_WORDS:
            weak = 1
    return strong >= 1 and strong + weak >= 2
