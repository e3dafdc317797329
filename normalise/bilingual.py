"""Labels and values printed in two languages: Welsh beside English.

Welsh councils, health boards and schools print a form's labels and a table's headings in both
languages, side by side or one over the other:

    Cam gweithredu / Action step      Perchennog / Owner      Dyddiad targed
                                                              Target date

and sometimes a status in both ('Ar y trywydd / On track'). A reader takes the side they read; so
does planx: when one side of a label (split at a slash or a line break) is all Welsh heading words
(vocab.WELSH_HEADINGS, as data), the label means what its other side says, and that side alone is
read by meaning (normalise/headers.read_heading). A label in Welsh alone is read as its English. A
value whose one side is a Welsh status or RAG word (vocab.WELSH_VALUES) is read by its other side
(or by the English of its Welsh when it stands alone); a due date likewise, by its English side or
its Welsh month put in English (vocab.WELSH_MONTHS: 'Rhagfyr 2024' → 'December 2024'). Nothing is
dropped from the output: the label or value as printed stays where it was (structure, fields' raw
text); only its reading changes.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from planx.extract.model import Row, Table
from planx.normalise.text import fold, winansi_printed, words_over
from planx.normalise.vocab import HEADINGS_ABROAD, HEADINGS_ABROAD_PRINTED, WELSH_HEADINGS, WELSH_MONTHS, WELSH_VALUES

_NUMBER_AFTER = re.compile(r"^(.*?)\s+(\d{1,2}[a-z]?|[ivx]{1,4})$")  # 'Blaenoriaeth 2', 'Maes 3a'


def _key(text: str) -> str:
    """Folded, without accents and apostrophes ('Sgôr RAG' → 'sgor rag', "sy'n" → 'sy n')."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(fold(plain).replace("'", " ").replace("’", " ").split())


def _translate(text: str, vocab: dict[str, str]) -> str:
    """The English of a Welsh phrase from vocab (a number after it kept: 'Blaenoriaeth 2' →
    'priority 2'), or '' when the text is not one."""
    key = _key(text).strip(" :.-–")
    if not key:
        return ""
    if key in vocab:
        return vocab[key]
    m = _NUMBER_AFTER.match(key)
    if m and m.group(1) in vocab:
        return f"{vocab[m.group(1)]} {m.group(2)}"
    return ""


@lru_cache(maxsize=8192)
def welsh_heading(text: str) -> str:
    """The English of a Welsh heading ('Perchennog' → 'owner', 'Dyddiad targed' → 'target date'),
    or ''."""
    return _translate(text, WELSH_HEADINGS)


def _sides(text: str) -> list[tuple[str, str]]:
    """The ways a label splits into two sides: at a slash outside brackets, or between its lines."""
    out = []
    depth = 0
    for i, ch in enumerate(text):
        depth += ch in "(["
        depth -= ch in ")]"
        if ch == "/" and depth == 0:
            out.append((text[:i], text[i + 1:]))
    lines = [ln for ln in text.split("\n") if ln.strip()]
    out += [("\n".join(lines[:k]), "\n".join(lines[k:])) for k in range(1, len(lines))]
    return [(a.strip(), b.strip()) for a, b in out if a.strip() and b.strip()]


@lru_cache(maxsize=4096)
def english_side(label: str) -> str:
    """What a label printed in Welsh and English says in English: its other side when one side is
    all Welsh heading words ('Cam gweithredu / Action step' → 'Action step', 'Perchennog\\nOwner' →
    'Owner'), the English of a label in Welsh alone ('Statws' → 'status'); the label itself when it
    is neither (two English names side by side, 'Strategies / actions', stay as printed)."""
    if len(label) > 120:
        return label
    found = _english_of_sides(label, welsh_heading)
    return found if found is not None else welsh_heading(label) or heading_abroad(label) or label


def _abroad() -> dict[str, str]:
    """vocab.HEADINGS_ABROAD with the headings spelt as printed (HEADINGS_ABROAD_PRINTED), each
    folded and, when a letter of it has no WinAnsi glyph, as a PDF prints it without that letter
    (never a key already read otherwise)."""
    out = dict(HEADINGS_ABROAD)
    for printed, english in HEADINGS_ABROAD_PRINTED.items():
        out.setdefault(_key(printed), english)
    for printed, english in HEADINGS_ABROAD_PRINTED.items():
        lost = _key(winansi_printed(printed))
        if lost and lost != _key(printed):
            out.setdefault(lost, english)
    return out


_ABROAD = _abroad()


@lru_cache(maxsize=8192)
def heading_abroad(text: str) -> str:
    """The English of a whole heading printed in another language alone ('Actividad' → 'activity',
    'Responsable' → 'responsible', 'Échéance' → 'deadline': vocab.HEADINGS_ABROAD), or ''. A plan
    drawn up abroad names its columns so; read as the English heading, its table reads as one."""
    return _translate(text, _ABROAD)


def _english_of_sides(text: str, translate: Callable[[str], str]) -> str | None:
    """The side of text that is not Welsh, beside one that is all Welsh; the split giving the
    longest Welsh side wins ('Swyddog' alone is Welsh too in 'Swyddog / arweiniol / Lead officer')."""
    best: tuple[int, str] | None = None
    for first, second in _sides(text):
        welsh_first, welsh_second = translate(first), translate(second)
        if welsh_first and not welsh_second and (best is None or len(first) > best[0]):
            best = (len(first), second)
        if welsh_second and not welsh_first and (best is None or len(second) > best[0]):
            best = (len(second), first)
    return best[1] if best is not None else None


def welsh_label(text: str) -> bool:
    """Does a 'Label: title' line print its label in Welsh alone ('Amcan Llesiant 1: Cymunedau mwy
    diogel'; 'Blaenoriaeth 1 / Priority 1: …' prints it in both, not alone)?"""
    m = _LABEL_THEN_VALUE.match(text)
    return m is not None and not words_over(m.group(1), 8) and _all_welsh(m.group(1))


_LABEL_THEN_VALUE = re.compile(r"^([^:\n]{2,80}?)\s*:\s*(\S.*)$", re.S)


def english_label_line(text: str) -> str:
    """A 'Label: value' line (or a banner 'Blaenoriaeth 1 / Priority 1: Title') with a two-language
    label read by its English side ('Priority 1: Title'); any other text as it is."""
    m = _LABEL_THEN_VALUE.match(text)
    if not m or words_over(m.group(1), 8):
        return text
    english = english_side(m.group(1))
    return text if english == m.group(1) else f"{english}: {m.group(2)}"


@lru_cache(maxsize=4096)
def english_value(text: str) -> str:
    """A status or RAG value printed in Welsh and English read by its English side ('Ar y trywydd /
    On track' → 'On track', 'Gwyrdd / Green' → 'Green'), one in Welsh alone by its English ('Coch'
    → 'red'); any other value as it is."""
    if len(text) > 80:
        return text
    found = _english_of_sides(text, _welsh_value)
    return found if found is not None else _welsh_value(text) or text


def _welsh_value(text: str) -> str:
    return _translate(text, WELSH_VALUES)


def _all_welsh(label: str) -> bool:
    """A label printed in Welsh alone (each line, or the whole, a Welsh heading)."""
    lines = [ln for ln in label.split("\n") if ln.strip()]
    return bool(lines) and (bool(welsh_heading(label)) or all(welsh_heading(ln) for ln in lines))


def regroup_label_lines(table: Table, reads_as_label: Callable[[str], bool]) -> Table | None:
    """A label | value table whose labels are printed in Welsh over English, as a borderless PDF's
    reader groups them: the value stands beside the Welsh line, so the English line below it falls
    into the next row's label ('Dyddiad' | '30 April 2026' over 'Target date\\nCynnydd' | 'No update').
    Each label's English line is put back under its Welsh one: the first line of a label cell that
    reads as a label (reads_as_label) and is not Welsh moves up to a label above it printed in Welsh
    alone; a row left with no text is dropped. The table regrouped, or None when no two labels show
    it (the evidence that the labels are split so, not one label's wrapping)."""
    # each row's label (its first column's text), regrouped; the cells are copied only when labels moved
    labels = [next((c.text for c in r.cells if c.col == 0), None) for r in table.rows]
    moved = 0
    for k in range(1, len(labels)):
        above, here = labels[k - 1], labels[k]
        if above is None or here is None or not _all_welsh(above):
            continue
        lines = here.split("\n")
        first = lines[0].strip()
        if not first or welsh_heading(first) or not reads_as_label(first):
            continue
        labels[k - 1] = f"{above}\n{first}"
        labels[k] = "\n".join(lines[1:]).strip()
        moved += 1
    if moved < 2:
        return None
    rows = [Row(cells=[replace(c) for c in r.cells], page=r.page, line=r.line, repeated_header=r.repeated_header)
            for r in table.rows]
    for row, label in zip(rows, labels, strict=True):
        cell = next((c for c in row.cells if c.col == 0), None)
        if cell is not None and label is not None:
            cell.text = label
    kept = [r for r in rows if any(c.text.strip() for c in r.cells)]
    return replace(table, rows=kept)


_ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"]
_WELSH_MONTH = re.compile(r"\b(" + "|".join(WELSH_MONTHS) + r")\b", re.I)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def english_date(text: str) -> str:
    """A due date printed in Welsh and English read by its English side ('31 Mawrth 2025 / 31 March
    2025' → '31 March 2025'), one in Welsh alone with its month put in English ('Rhagfyr 2024' →
    'December 2024'); any other text as it is. A Welsh month counts beside a figure only (a day,
    a year), as a date prints it."""
    if len(text) > 80 or not _DIGIT.search(text) or not _WELSH_MONTH.search(text):
        return text
    for first, second in _sides(text):
        welsh_first, welsh_second = bool(_WELSH_MONTH.search(first)), bool(_WELSH_MONTH.search(second))
        if welsh_first != welsh_second and _DIGIT.search(second if welsh_first else first):
            return second if welsh_first else first
    return _WELSH_MONTH.sub(lambda m: _ENGLISH_MONTHS[WELSH_MONTHS[m.group(1).lower()] - 1], text)


def english_first(texts: list[str]) -> bool | None:
    """Which side a document prints its English on, by its own labels and values in two languages
    ('Lead / Arweinydd', 'Not started / Heb ddechrau': first; 'Statws / Status': second): True or
    False when two or more say so and none says otherwise; None when it prints too few to tell."""
    first = second = 0
    for text in texts:
        if len(text) > 120 or "/" not in text:
            continue
        for a, b in _sides(text):
            if "\n" in a or "\n" in b:
                continue
            welsh_a = bool(welsh_heading(a) or _welsh_value(a))
            welsh_b = bool(welsh_heading(b) or _welsh_value(b))
            if welsh_a != welsh_b:
                first += welsh_b
                second += welsh_a
                break
    if first >= 2 and not second:
        return True
    if second >= 2 and not first:
        return False
    return None


_TWO_SIDES = re.compile(r"^([^/()\[\]]+?)\s+/\s+([^/()\[\]]+)$")  # 'Safeguarding / Diogelu': spaced slash


def english_area(area: str, english_is_first: bool) -> tuple[str, str] | None:
    """(English side, other side) of an area heading printed in both languages ('Early help / Cymorth
    cynnar'), in a document that prints its English on the side given; None for one not so split."""
    m = _TWO_SIDES.match(area.strip())
    if m is None:
        return None
    a, b = m.group(1).strip(), m.group(2).strip()
    return (a, b) if english_is_first else (b, a)
