"""Shortcuts that keep a megabyte-long paragraph or cell from costing seconds in every reader give the
same answers as the plain computations they replace (samples/make_malformed.py: one_long_line.txt,
big_cell.txt)."""
from __future__ import annotations

import random
import re

import pytest

from planx.normalise.dates import _orders, numeric_date_order
from planx.normalise.labelforms import ticked_choice
from planx.normalise.minutes import _ANNOUNCES, announcing, undated_label
from planx.normalise.recaps import _words
from planx.normalise.schoolyear import _FINANCIAL_SIGNS, _SCHOOL_SIGNS, _signs
from planx.normalise.text import fold, words_over
from planx.normalise.vocab_school import FINANCIAL_YEAR_SIGNS, SCHOOL_YEAR_SIGNS

TEXTS = ["", " ", "one", "  one  two ", "a\tb\nc  d", "Action Items - 4/5/2021", "Retro Action Items – 04/04/2023 **",
         "Actions - 12 May 2024", "Update - May 12, 2024 _", "We will:", "Over the next year we will: \n",
         "More data will:", "☑ Implemented ☐ Not Implemented", "Status ☐ Yes ☑ No", "co-ordinate_the  café’s Ⅻ ½",
         "Budget set by Cabinet, NHS and the Council for the financial\nyear", "Autumn term pupils’ headteacher",
         "Due 07/29/2025 and 08/12/2025", "Update 3/23: in progress", "Minute 12/19 noted", "plan " * 40]


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(45)
    pieces = ["plan", "Action", "Items", "-", "–", "4/5/2021", "12", "May", "2024", ":", "*", "_", "☑", "☐", "we",
              "will", "\n", "\t", " ", "  ", "é", "Ⅻ", "budget", "Council", "pupils", "03/13/2024", ".", "?"]
    return ["".join(rnd.choice(pieces) + rnd.choice(["", " "]) for _ in range(rnd.randint(0, 25))) for _ in range(n)]


@pytest.mark.parametrize("n", [-1, 0, 1, 2, 3, 5, 30])
def test_words_over_counts_as_split_does(n):
    for text in TEXTS + _random_texts(300):
        assert words_over(text, n) is (len(text.split()) > n)


def test_recap_words_are_the_runs_of_letters_and_digits():
    for text in TEXTS + _random_texts(300) + ["a_b", "x²y", "٣ items"]:
        plain = " ".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split())
        assert _words(text) == plain


def test_a_label_less_its_date_is_unchanged_by_the_shortcut():
    pattern = re.compile(r"^(?P<label>.*?\S)\s*(?:[-–—|]|\s-)\s*(?P<date>[\d/.\- ]{6,10}|"
                         r"\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*[*_]{0,2}\s*$")
    assert undated_label("Action Items - 4/5/2021") == "Action Items"
    assert undated_label("Retro Action Items – 04/04/2023 **") == "Retro Action Items"
    for text in TEXTS + _random_texts(500):
        if undated_label(text) != text:  # every label it cuts, the full pattern cuts the same way
            assert pattern.match(text) is not None


def test_an_announcement_is_found_as_by_the_full_search():
    for text in TEXTS + _random_texts(500):
        full = _ANNOUNCES.search(text)
        quick = announcing(text)
        assert (full and full.span()) == (quick and quick.span())


def test_the_signs_of_financial_and_school_years_match_as_without_the_lookahead():
    def plain(words):
        return re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                           for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)
    assert _signs(FINANCIAL_YEAR_SIGNS).pattern == _FINANCIAL_SIGNS.pattern
    for words, quick in ((FINANCIAL_YEAR_SIGNS, _FINANCIAL_SIGNS), (SCHOOL_YEAR_SIGNS, _SCHOOL_SIGNS)):
        full = plain(words)
        for text in TEXTS + _random_texts(300) + [" ".join(words).upper()]:
            assert [m.span(1) for m in full.finditer(text)] == [m.span(1) for m in quick.finditer(text)]


def test_date_orders_and_ticked_choices_on_texts_with_and_without_digits():
    assert _orders(["Due 07/29/2025", "no date here", "plan " * 1000]) == (1, 0)
    assert numeric_date_order(["Due 07/29/2025", "plan " * 1000]) is True
    assert numeric_date_order(["Update 3/23", "words only"]) is True
    assert ticked_choice("plan " * 1000) is None
    assert ticked_choice("☑ Implemented ☐ Not Implemented") is not None


def test_a_long_paragraph_gives_the_same_answers():
    long = "improve " * 200_000
    assert words_over(long, -1) and words_over(long, 30) and not words_over(long, 200_000)
    assert announcing(long) is None and undated_label(long) == long
