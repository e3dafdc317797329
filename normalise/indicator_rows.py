"""The rows of an indicator (KPI) table: its heading row's columns and the role of each cell, a
figure and the date after it, indicator names squashed into a heading cell, a cell naming a
period, a RAG column's marks and a section's label.
"""
from __future__ import annotations

import re

from planx.extract.model import Cell
from planx.normalise.codes import rag_of
from planx.normalise.columns import looks_like_action, looks_like_figure
from planx.normalise.dates import find_dates
from planx.normalise.headers import read_indicator_header
from planx.normalise.text import clean, fold, squash, words_over
from planx.normalise.vocab import HEADING_FILLERS, HEADING_GENERIC_HEADS, INDICATOR_ROLE_WORDS, MULTIPLIERS, UNIT_WORDS


def roles_label(roles: dict[int, tuple[str, str]], role: str) -> str:
    return next((label for r, label in roles.values() if r == role), "")


# a figure's unit as printed after it ('28 days', '4.5 hours'): part of the figure, not a period
_UNIT_AFTER = "|".join(sorted((re.escape(u) for u in UNIT_WORDS if u[:1].isalpha()), key=len, reverse=True))
_MULTIPLIER = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_FIGURE = re.compile(rf"^\s*([<>≤≥~+\-]?\s*[£$€]?[\d.,]+\s*(?:%|(?:{_UNIT_AFTER}|{_MULTIPLIER})\b)?|[\w.%]+)"
                     r"\s*(?:\((.*?)\))?", re.I)


def split_figure(text: str) -> tuple[str, str]:
    """(the figure as printed, the period printed beside it): ('547.0', 'June 2014') for '547.0 (June
    2014) / 547.0 (March 2015)'. The figure keeps what the document prints with it, which is no
    period: the space after a sign ('≥ 4'), the words naming what is counted ('> 1 per opportunity',
    '50% decrease in the time to pay'), a note in brackets ('≤ 1.5 (≤ 1.4 for new data centers)')
    (docs/CONTRACT.md: the target figure as printed; read_figure reads the number from it)."""
    text = squash(text)
    m = _FIGURE.match(text)
    if not m or not re.search(r"\d", m.group(1)):
        return text, ""
    figure = re.sub(r"(?<=\d)\s+(?=%)", "", m.group(1).strip())  # '85 %' → '85%'
    bracket = (m.group(2) or "").strip()
    if bracket and not _names_period(bracket):
        return text, ""  # a note in brackets, no period: part of the figure as printed
    rest = text[m.end():].strip()
    if not bracket and rest and (rest[0].isalpha() or rest[0] in "?!*") and not find_dates(rest):
        return f"{figure}{'' if rest[0] in '?!*' else ' '}{rest}", ""  # '> 1 per opportunity', '>100?'
    return figure, bracket


_BRACKET_AT_END = re.compile(r"\(([^()]+)\)\s*$")


FIGURE_WORD_WEIGHT = 0.8  # how surely a heading's first word names the figures ('Actual', 'Latest', 'Outturn')


def heading_period(label: str) -> str:
    """The period a heading of the latest figures prints beside its name: in brackets after it
    ('Latest (2021/22)', 'Latest (March 2022)' → '2021/22', 'March 2022'), or before or after the
    word that names the figures (vocab.INDICATOR_ROLE_WORDS for the value: 'Q2 Actual', 'Actual Q2',
    'Outturn 2023/24', '2023/24 Outturn', 'Sep-24 Actual' → 'Q2', 'Q2', '2023/24', '2023/24',
    'Sep-24'); '' when the heading names no period ('Latest (%)', 'YTD actual', 'Actual to date')."""
    text = squash(label).strip()
    m = _BRACKET_AT_END.search(text)
    if m:
        return m.group(1).strip() if _names_period(m.group(1).strip()) else ""
    words = text.split()
    if len(words) < 2:
        return ""
    if not (_figure_word(words[0]) or _figure_word(words[-1])):
        return ""
    # the words left once those naming the figures go ('Latest data 2022' → '2022')
    rest = " ".join(w for w in words if not INDICATOR_ROLE_WORDS.get(fold(w), {}).get("value"))
    return rest if rest and not words_over(rest, 3) and _names_period(rest) else ""


def _figure_word(word: str) -> bool:
    """A heading's word that says its column holds the figures ('Actual', 'Outturn', 'Latest')."""
    return INDICATOR_ROLE_WORDS.get(fold(word), {}).get("value", 0.0) >= FIGURE_WORD_WEIGHT


def period_heading(label: str) -> str:
    """The period a heading of one period's figures names after a word saying they are the figures
    ('Actual Q2 2025/26', 'Outturn 2024/25' → 'Q2 2025/26', '2024/25': vocab.INDICATOR_ROLE_WORDS for
    the value); the heading whole otherwise ('Q2 2025/26', 'Target 2025/26')."""
    parts = squash(label).split(None, 1)
    if len(parts) == 2 and INDICATOR_ROLE_WORDS.get(fold(parts[0]), {}).get("value", 0.0) >= FIGURE_WORD_WEIGHT \
            and _names_period(parts[1]):
        return parts[1]
    return label


def _names_period(text: str) -> bool:
    """A bracket beside a figure that names when it holds ('June 2014', 'Q3', '2014/15')."""
    return bool(_ROW_PERIOD.match(text) or find_dates(text))


def squashed_indicators(heading: str) -> list[str]:
    """Indicator names that a conversion squashed into the 'Indicator' heading cell
    ('Indicator % Assessments in 45 days Plans graded good at audit %' → two names)."""
    rest = re.sub(r"^\s*indicators?\b[:\s]*", "", squash(heading), flags=re.I)
    if not rest or not words_over(fold(rest), 3) and not any(ch.isdigit() or ch == "%" for ch in rest) \
            and all(w in HEADING_GENERIC_HEADS or w in HEADING_FILLERS for w in fold(rest).split()):
        return []  # 'Indicator name', 'Indicator title / description': the heading's own words
    names, current = [], []  # type: list[str], list[str]
    for token in rest.split(" "):
        if current and len(current) >= 2 and token[:1].isupper() and token[1:2].islower() \
                and (current[-1][-1:].islower() or current[-1][-1:].isdigit()):
            names.append(" ".join(current))
            current = []
        current.append(token)
    names.append(" ".join(current))
    return names


def names_a_period(text: str, label: str) -> bool:
    """A cell under a heading that names no period of its own ('Period', 'Quarter', 'Date of
    latest') that names one ('Q3 2023/24', 'Sep-23', '2022/23', 'Quarter 2'): the period of the
    row's figures, not a figure for that heading's period ('Month' over '86%')."""
    t = squash(text).strip()
    if any(ch.isdigit() for ch in label) or not t or words_over(t, 5):
        return False
    return bool(_ROW_PERIOD.match(t) or (find_dates(t) and not looks_like_figure(t)))


# a period's name as a row prints it: a quarter, a half, a financial or calendar year
_ROW_PERIOD = re.compile(r"^(?:q[1-4]|quarter\s*[1-4]|qtr\s*[1-4]|h[12]|(?:fy\s*)?\d{4}\s*[/-]\s*\d{2,4})\b", re.I)


def kpi_role_fits(role: str, text: str) -> str:
    """The role of an indicator table's cell, checked against its text: a column's place can
    shift in a table read without rulings (an empty RAG column is no column there), and a
    sentence under 'RAG' or under 'Target' is a note."""
    if role == "rag" and not rag_of(squash(text).strip(" .")):
        return "notes"
    if role in ("target", "value") and not any(ch.isdigit() for ch in text) and words_over(text, 3):
        return "notes"
    return role


def rag_mark(text: str) -> bool:
    """A cell of a RAG column that rates by its colour: blank, a mark ('●', '■'), or one letter of
    a symbol font that names no rating (Wingdings' 'l' prints as '●')."""
    t = text.strip()
    return not any(ch.isalnum() for ch in t) or (len(t) == 1 and not rag_of(t))


def section_label(text: str) -> bool:
    """A short label with no figure ('Mandatory', 'Adult social care', 'Project-specific - custom'):
    a band that groups the indicator rows below it, when it stands alone on its row."""
    words = clean(text).split()
    return 0 < len(words) <= 5 and not any(ch.isdigit() for ch in text) and not text.rstrip().endswith((".", ":"))


def read_kpi_header(filled: list[Cell]) -> list[tuple[int, str, str]] | None:
    """Columns of an indicator table ('Indicator | Polarity | Target | Feb-18 | Mar-18 | Notes',
    'Measure | Target | Actual | RAG'), from the cells of a row that hold text, read by meaning
    (headers.read_indicator_header)."""
    if len(filled) < 2 or max(len(c.text) for c in filled) > 160:
        return None
    if any(words_over(c.text, _KPI_SENTENCE_WORDS - 1) and looks_like_action(c.text) for c in filled):
        # an instruction ('Deliver a dashboard of key performance indicators for the board'): an
        # action's row that names indicators, never the headings of their table (a name is no sign:
        # 'SN Average' heads statistical neighbours' figures)
        return None
    return read_indicator_header([(c.col, c.text) for c in filled])


_KPI_SENTENCE_WORDS = 5  # an instruction this long is a row's text, however it names indicators
